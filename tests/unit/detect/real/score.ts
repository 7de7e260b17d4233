import { type DetectOptions, detectPrices, type PriceMatch } from '../../../../lib/detect';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import type { IdCase } from '.';
import type { RealCase } from './labels';
import { type Located, locateLabels, type Segment, segmentsOf } from './locate';

/** What the overlay passes: spot and rates from the recorded mempool.space prices fixture. */
export const SPOT = 70123;
export const USD_PER = {
  EUR: SPOT / 64500,
  GBP: SPOT / 55400,
  CAD: SPOT / 95900,
  CHF: SPOT / 62100,
  AUD: SPOT / 107500,
  JPY: SPOT / 10980000,
};

/** What the overlay passes with a block: its context, the page's language, spot and rates. */
export const overlayOptions = (c: RealCase, seg: Segment): DetectOptions => ({
  context: seg.context,
  locale: c.lang,
  path: new URL(c.url).pathname,
  spotUsd: SPOT,
  usdPer: USD_PER,
});

export interface Tally {
  amounts: number;
  prices: number;
  costs: number;
  tp: number;
  fp: number;
  fn: number;
  costFound: number;
  costAsPrice: number;
  /** Amounts read as a cost that are labelled no cost (or not labelled). */
  costFp: number;
  valued: number;
  valueRight: number;
}

const empty = (): Tally => ({
  amounts: 0,
  prices: 0,
  costs: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  costFound: 0,
  costAsPrice: 0,
  costFp: 0,
  valued: 0,
  valueRight: 0,
});
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export interface Report {
  all: Tally;
  byLang: Map<string, Tally>;
  byTag: Map<string, Tally>;
  errors: string[];
}

function add(
  t: Tally,
  labels: Located[],
  got: PriceMatch[],
  errors: string[] | null,
  id: string,
  text: string,
): void {
  // Where an error sits in its block, for reading errors (never the test split's).
  const at = (start: number, end: number) =>
    ` | ${text.slice(Math.max(0, start - 120), start)}【${text.slice(start, end)}】${text.slice(end, end + 40)}`;
  for (const l of labels) {
    t.amounts++;
    const m = got.find((g) => overlaps(g, l));
    if (l.kind === 'btc_price') {
      t.prices++;
      if (m?.kind === 'btc_price') t.tp++;
      else t.fn++;
    } else if (l.kind === 'btc_cost') {
      t.costs++;
      if (m?.kind === 'btc_cost') t.costFound++;
      if (m?.kind === 'btc_price') t.costAsPrice++;
    }
    if (m && l.kind !== 'other' && m.kind === l.kind && l.value !== undefined) {
      t.valued++;
      const ok =
        Math.abs(m.value - l.value) <= 1e-6 * Math.abs(l.value) && m.currency === (l.currency ?? 'USD');
      if (ok) t.valueRight++;
      else
        errors?.push(
          `${id}: "${l.text}" value ${m.value} ${m.currency}, want ${l.value} ${l.currency ?? 'USD'}`,
        );
    }
    if (errors && (m?.kind ?? 'none') !== l.kind)
      errors.push(
        `${id}: "${l.text}" want ${l.kind}, got ${m ? `${m.kind} "${m.text}"` : 'nothing'}${at(l.start, l.end)}`,
      );
  }
  for (const g of got) {
    if (g.kind === 'btc_cost' && !labels.some((l) => l.kind === 'btc_cost' && overlaps(g, l))) t.costFp++;
    if (g.kind !== 'btc_price' || labels.some((l) => l.kind === 'btc_price' && overlaps(g, l))) continue;
    t.fp++;
    if (errors && !labels.some((l) => overlaps(g, l)))
      errors.push(`${id}: unlabelled "${g.text}" called btc_price${at(g.start, g.end)}`);
  }
}

/** Score cases segment by segment, as the overlay would call the detector. `errors` only for dev. */
export function score(
  cases: IdCase[],
  withErrors: boolean,
  minConfidence = DEFAULT_SETTINGS.minConfidence,
  bare = false,
): Report {
  const r: Report = { all: empty(), byLang: new Map(), byTag: new Map(), errors: [] };
  for (const c of cases) {
    const segs = segmentsOf(c);
    const labels = locateLabels(c, segs);
    const lang = c.lang.slice(0, 2);
    const buckets = [r.all, ...[lang].map((k) => r.byLang.get(k) ?? r.byLang.set(k, empty()).get(k)!)];
    for (const tag of c.tags) buckets.push(r.byTag.get(tag) ?? r.byTag.set(tag, empty()).get(tag)!);
    segs.forEach((seg, i) => {
      // What the overlay badges: matches under the default minimum confidence are dropped. `bare` is
      // detectPrices(text) alone, no context, spot or threshold: what a caller without a page gets.
      const got = bare
        ? detectPrices(seg.text)
        : detectPrices(seg.text, overlayOptions(c, seg)).filter(
            (m) => m.kind === 'other' || m.confidence >= minConfidence,
          );
      const mine = labels.filter((l) => l.segment === i);
      buckets.forEach((b, k) => {
        add(b, mine, got, withErrors && k === 0 ? r.errors : null, `${c.id}[${i}]`, seg.text);
      });
    });
  }
  return r;
}

export const precision = (t: Tally) => t.tp / Math.max(1, t.tp + t.fp);
export const recall = (t: Tally) => t.tp / Math.max(1, t.tp + t.fn);
export const costRecall = (t: Tally) => t.costFound / Math.max(1, t.costs);
export const costPrecision = (t: Tally) => t.costFound / Math.max(1, t.costFound + t.costFp);

export function line(label: string, t: Tally): string {
  const f = (x: number) => x.toFixed(3);
  return (
    `${label.padEnd(12)} n=${String(t.amounts).padStart(4)} price ${String(t.prices).padStart(4)} P ${f(precision(t))} R ${f(recall(t))}` +
    ` (fp ${t.fp}, fn ${t.fn}) | cost ${String(t.costs).padStart(3)} R ${f(costRecall(t))} as-price ${t.costAsPrice}` +
    ` P ${f(costPrecision(t))}` +
    ` | values ${t.valueRight}/${t.valued}`
  );
}

export function table(title: string, r: Report): string {
  const rows = [`${title}`, line('all', r.all)];
  for (const [k, t] of [...r.byLang].sort()) rows.push(line(`  ${k}`, t));
  for (const [k, t] of [...r.byTag].sort()) rows.push(line(`  #${k}`, t));
  return rows.join('\n');
}
