// `npm run train:detector`: fits the detector's model (lib/detect/model.ts) on the dev split of the
// real-text corpus plus the in-house corpus, and rewrites lib/detect/trees.ts. Deterministic: same
// corpus, same trees. The test split is never read here (tests/unit/detect/real/README.md).
// `--cv` first prints precision and recall cross-validated by site: what a site never seen would get.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureSink } from '../lib/detect/classify';
import { FEATURES, NF } from '../lib/detect/features';
import { type DetectOptions, detectPrices, type PriceKind } from '../lib/detect/index';
import { heldout, tuned } from '../tests/unit/detect/corpus';
import type { RealCase } from '../tests/unit/detect/real/labels';
import { locateLabels, segmentsOf } from '../tests/unit/detect/real/locate';
import { SPOT, USD_PER } from '../tests/unit/detect/real/score';
import { type Boosted, boost, scores } from './lib/boost';

const ROOT = join(import.meta.dirname, '..');
const CLASS: Record<PriceKind, number> = { other: 0, btc_price: 1, btc_cost: 2 };
const ROUNDS = Number(process.env.ROUNDS ?? 40);
const DEPTH = 3;

interface Row {
  x: Float64Array;
  y: number;
  /** Where the amount comes from: cross-validation folds never split a site. */
  site: string;
}

/** Every labelled amount the detector finds, with its features and the label's class. */
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
  const rows: Row[] = [];
  for (const s of seen) {
    const l = labels.find((l) => l.start < s.end && s.start < l.end);
    if (l) rows.push({ x: s.x, y: CLASS[l.kind], site });
  }
  return rows;
}

async function devRows(): Promise<Row[]> {
  const dir = join(ROOT, 'tests/unit/detect/real/dev');
  const rows: Row[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const { cases } = (await import(join(dir, file))) as { cases: RealCase[] };
    for (const c of cases) {
      const segs = segmentsOf(c);
      const labels = locateLabels(c, segs);
      const site = new URL(c.url).hostname.replace(/^www\./, '');
      segs.forEach((seg, i) => {
        const opts = { context: seg.context, locale: c.lang, spotUsd: SPOT, usdPer: USD_PER };
        rows.push(
          ...rowsOf(
            seg.text,
            opts,
            labels.filter((l) => l.segment === i),
            site,
          ),
        );
      });
    }
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

const best = (m: Boosted, x: Float64Array, z = [0, 0, 0]) => {
  scores(m, x, z);
  return z[1]! > z[0]! ? (z[2]! > z[1]! ? 2 : 1) : z[2]! > z[0]! ? 2 : 0;
};

/** Out-of-fold btc_price precision/recall and btc_cost recall, with folds by site. */
function crossValidate(rows: Row[], folds = 5): string {
  const fold = (site: string) => {
    let h = 0;
    for (const ch of site) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    return Math.abs(h) % folds;
  };
  const n = { tp: 0, fp: 0, fn: 0, costs: 0, costHit: 0, costAsPrice: 0 };
  for (let k = 0; k < folds; k++) {
    const m = boost(
      rows.filter((r) => fold(r.site) !== k),
      NF,
      ROUNDS,
      DEPTH,
    );
    for (const r of rows.filter((r) => fold(r.site) === k)) {
      const y = best(m, r.x);
      if (r.y === 1) y === 1 ? n.tp++ : n.fn++;
      else if (y === 1) n.fp++;
      if (r.y === 2) {
        n.costs++;
        if (y === 2) n.costHit++;
        if (y === 1) n.costAsPrice++;
      }
    }
  }
  return (
    `cross-validated by site (${folds} folds, amounts found only): btc_price precision ${(n.tp / (n.tp + n.fp)).toFixed(3)} ` +
    `recall ${(n.tp / (n.tp + n.fn)).toFixed(3)}; btc_cost recall ${(n.costHit / n.costs).toFixed(3)}, ` +
    `called price ${n.costAsPrice}/${n.costs}`
  );
}

const rows = [...(await devRows()), ...inHouseRows()];
const counts = [0, 1, 2].map((k) => rows.filter((r) => r.y === k).length);
console.log(
  `${rows.length} labelled amounts found (other ${counts[0]}, btc_price ${counts[1]}, btc_cost ${counts[2]})`,
);
if (process.argv.includes('--cv')) console.log(crossValidate(rows));
const model = boost(rows, NF, ROUNDS, DEPTH);
const trees = model.trees.map((t) => `  ${[...t.feature, ...t.leaf].join(', ')},`);
const used = new Set(model.trees.flatMap((t) => t.feature.filter((f) => f >= 0).map((f) => FEATURES[f])));
writeFileSync(
  join(ROOT, 'lib/detect/trees.ts'),
  `// Generated by scripts/train-detector.ts from ${rows.length} labelled amounts; do not edit, retrain.\n` +
    `// ${ROUNDS} rounds × [other, btc_price, btc_cost] trees of depth ${DEPTH}. Each row is one tree: its\n` +
    `// ${(1 << DEPTH) - 1} questions in heap order (an index into FEATURES of features.ts; -1 asks nothing), then its\n` +
    `// ${1 << DEPTH} leaf scores. Features used: ${[...used].join(', ')}.\n` +
    `export const FEATURE_COUNT: number = ${NF};\nexport const DEPTH = ${DEPTH};\n` +
    `// biome-ignore format: one tree per line\nexport const TREES: readonly number[] = [\n${trees.join('\n')}\n];\n`,
);
console.log('wrote lib/detect/trees.ts');
