import { detectPrices } from '../../../lib/detect';
import type { CorpusCase } from './corpus/types';

export interface Score {
  amounts: number;
  negatives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Labelled amounts found with exactly the labelled span. */
  exactSpans: number;
  /** Labelled amounts found (any overlap) with the labelled kind. */
  kindAgree: number;
  errors: string[];
}

/** Locate each expected amount in the text: the k-th label with a given text is its k-th occurrence. */
function locate(c: CorpusCase): { start: number; end: number; kind: string; text: string }[] {
  const seen = new Map<string, number>();
  return c.expect.map((e) => {
    let from = seen.get(e.text) ?? 0;
    let start = c.text.indexOf(e.text, from);
    // Skip occurrences inside a longer number ("$65" in "$65,000").
    while (start >= 0 && /^[.,]?\d/.test(c.text.slice(start + e.text.length, start + e.text.length + 2))) {
      start = c.text.indexOf(e.text, start + 1);
    }
    if (start < 0) throw new Error(`${c.name}: "${e.text}" not in text`);
    from = start + e.text.length;
    seen.set(e.text, from);
    return { start, end: from, kind: e.kind, text: e.text };
  });
}

/** btc_price precision and recall: a match counts for a label when their spans overlap. */
export function evaluate(cases: CorpusCase[]): Score {
  const s: Score = {
    amounts: 0,
    negatives: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 0,
    recall: 0,
    exactSpans: 0,
    kindAgree: 0,
    errors: [],
  };
  for (const c of cases) {
    const labels = locate(c);
    const got = detectPrices(c.text, { context: c.context, locale: c.locale, spotUsd: c.spotUsd });
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const l of labels) {
      s.amounts++;
      if (l.kind !== 'btc_price') s.negatives++;
      const m = got.find((g) => overlaps(g, l));
      if (m && m.start === l.start && m.end === l.end) s.exactSpans++;
      if (m && m.kind === l.kind) s.kindAgree++;
      const hit = got.some((g) => g.kind === 'btc_price' && overlaps(g, l));
      if (l.kind === 'btc_price') {
        if (hit) s.tp++;
        else s.fn++;
      }
      if (!m || m.kind !== l.kind || m.start !== l.start || m.end !== l.end) {
        s.errors.push(
          `${c.name}: "${l.text}" want ${l.kind}, got ${m ? `${m.kind} "${m.text}"` : 'nothing'}`,
        );
      }
    }
    for (const g of got) {
      if (g.kind !== 'btc_price') continue;
      if (!labels.some((l) => l.kind === 'btc_price' && overlaps(g, l))) {
        s.fp++;
        if (!labels.some((l) => overlaps(g, l)))
          s.errors.push(`${c.name}: unlabelled "${g.text}" returned as btc_price`);
      }
    }
  }
  s.precision = s.tp / Math.max(1, s.tp + s.fp);
  s.recall = s.tp / Math.max(1, s.tp + s.fn);
  return s;
}

export const summary = (label: string, s: Score) =>
  `${label}: ${s.amounts} amounts, ${((100 * s.negatives) / s.amounts).toFixed(0)}% negatives, btc_price precision ` +
  `${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}); ` +
  `kind agreement ${s.kindAgree}/${s.amounts}, exact spans ${s.exactSpans}/${s.amounts}`;
