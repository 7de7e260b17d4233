// The training data of the detector's model: every labelled amount of the real-text corpus's dev split
// and of the in-house corpus that the detector finds, with its features (scripts/train-detector.ts;
// tests/unit/detect/trees-fresh.test.ts checks lib/detect/trees.ts was trained on exactly this).
import { featureSink } from '../../lib/detect/classify';
import { contextTokens } from '../../lib/detect/context-words';
import { FEATURES } from '../../lib/detect/features';
import { type DetectOptions, detectPrices, type PriceKind } from '../../lib/detect/index';
import { asciiDigits, lowerSameLength } from '../../lib/detect/text';
import { heldout, tuned } from '../../tests/unit/detect/corpus';
import { loadSplit } from '../../tests/unit/detect/real/load';
import { locateLabels, segmentsOf } from '../../tests/unit/detect/real/locate';
import { overlayOptions } from '../../tests/unit/detect/real/score';
import { siteOf } from '../../tests/unit/detect/real/split';
import { setOutOfFoldWords, type WordRow } from './context-words';

const CLASS: Record<PriceKind, number> = { other: 0, btc_price: 1, btc_cost: 2 };
/** Boosting rounds (three trees each), tree depth and learning rate of the shipped model. */
export const ROUNDS = 40;
// Depth 4, not 3: page-level cross-validation (--cv, five fold shuffles) found 0.775 of costs against
// 0.759 and called 68 costs prices against 75, for 1.8 KB more gzip; 60 or 80 rounds at depth 3 and
// 25–50 at depth 4 did no better per byte (docs/detector-passes.md).
export const DEPTH = 4;
// 0.25, not 0.15: site-wise cross-validation (--cv) gave precision 0.917 vs 0.910, recall 0.929 vs 0.927,
// cost recall 0.736 vs 0.711 at the same size; 80 rounds at 0.15 did as well with twice the trees.
export const ETA = 0.25;
// Five models averaged, each without a fifth of the sites: site-wise cross-validation over ten shuffles
// gave recall 0.8830 -> 0.8862, cost recall 0.8174 -> 0.8207, costs called prices 51.6 -> 50.7, precision
// unchanged, for 16 KB more gzip in the background's detector (docs/detector-passes.md, "eleventh pass").
export const BAGS = 5;

const BARE = FEATURES.indexOf('bare');

/** A labelled amount: its features, its class, its site and the words around it. */
export type Row = WordRow;

/** Every labelled amount the detector finds, and every unlabelled bare one, with its features and class. */
function rowsOf(
  text: string,
  opts: DetectOptions,
  labels: { start: number; end: number; kind: PriceKind }[],
  site: string,
): Row[] {
  const seen: { x: Float64Array; start: number; end: number }[] = [];
  featureSink.fn = (x, start, end) => seen.push({ x: Float64Array.from(x), start, end });
  detectPrices(text, opts);
  featureSink.fn = null;
  // What classify reads: digits as ASCII (an Arabic '٬' after an amount is the ',' the product sees).
  const lower = lowerSameLength(asciiDigits(text));
  const rows: Row[] = [];
  for (const s of seen) {
    const l = labels.find((l) => l.start < s.end && s.start < l.end);
    // A bare number left unlabelled is no Bitcoin level (tests/unit/detect/real/README.md labels every
    // one a reader takes as a level): the model learns from it as "other".
    if (!l && !s.x[BARE]) continue;
    rows.push({ x: s.x, y: l ? CLASS[l.kind] : 0, site, tokens: contextTokens(lower, s.start, s.end) });
  }
  return rows;
}

async function devRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of await loadSplit('dev')) {
    const segs = segmentsOf(c);
    const labels = locateLabels(c, segs);
    // Each block also read as if on a page with no title or telling address (a sidebar, a reading
    // list, a page titled by its site's name): the trees learn the block's own cues, not only the title's.
    const untitled = { ...c, title: undefined, url: 'https://page.invalid/' };
    const bareSegs = segmentsOf(untitled);
    const site = siteOf(c.url);
    segs.forEach((seg, i) => {
      const mine = labels.filter((l) => l.segment === i);
      rows.push(...rowsOf(seg.text, overlayOptions(c, seg), mine, site));
      const bare = bareSegs[i];
      if (bare) rows.push(...rowsOf(bare.text, overlayOptions(untitled, bare), mine, site));
    });
  }
  return rows;
}

function inHouseRows(): Row[] {
  return [...tuned, ...heldout].flatMap((c) => {
    let from = 0;
    const labels = c.expect.map((e) => {
      const start = c.text.indexOf(e.text, from);
      from = start + e.text.length;
      return { start, end: from, kind: e.kind };
    });
    const opts = { context: c.context, locale: c.locale, spotUsd: c.spotUsd };
    return rowsOf(
      c.text,
      opts,
      labels.filter((l) => l.start >= 0),
      `in-house:${c.name}`,
    );
  });
}

/**
 * The dev split's rows, then the in-house corpus's, their word votes from tables trained without
 * their site (setOutOfFoldWords): the shipped table is trained on all of them (trainWords).
 */
export async function trainingRows(): Promise<Row[]> {
  const rows = [...(await devRows()), ...inHouseRows()];
  setOutOfFoldWords(rows);
  return rows;
}
