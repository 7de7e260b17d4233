// Trains the word table of lib/detect/context-words.ts: a three-class logistic regression over the
// tokens around each labelled amount, on words seen on at least MIN_SITES sites (one site's boilerplate
// teaches nothing), pruned to the KEEP tokens that sway the vote most and trained again on those.
// Deterministic: the same rows in the same order give the same table.
import {
  decodeWords,
  encodeWords,
  votesFromSums,
  WEIGHT_LIMIT,
  type WordTable,
  wordFeatures,
} from '../../lib/detect/context-words';
import { WORD_FEATURES } from '../../lib/detect/features';

export interface WordRow {
  /** The features (lib/detect/features.ts); the words' votes are written into them out of fold. */
  x: Float64Array;
  /** 0 other, 1 btc_price, 2 btc_cost. */
  y: number;
  /** Where the amount comes from: cross-validation folds never split a site. */
  site: string;
  /** The words around the amount (lib/detect/context-words.ts contextTokens). */
  tokens: string[];
}

// Row-level site-wise cross-validation (three shuffles) of 2, 3 and 5 sites and of 200, 400, 600, 800
// and all ~3,400 tokens: 800 kept as much as all of them did (docs/detector-passes.md, "fifth pass").
const MIN_SITES = 3;
const KEEP = 800;
const EPOCHS = 40;
const RATE = 0.1;
const L2 = 1e-3;
// Weights in 1/11 of a logit up to ±45: one character each in word-weights.ts (encodeWords), and the
// same range (±4 logits) the first table's ±127/32 had.
const SCALE = 11;

const siteKey = (site: string) => (site.startsWith('in-house:') ? 'in-house' : site);

/** Full-precision weights, three per token (other, price, cost), three biases first. */
function fitLogistic(rows: WordRow[], vocab: Map<string, number>): Float64Array {
  const w = new Float64Array(3 * (vocab.size + 1));
  const g2 = new Float64Array(w.length).fill(1e-8);
  const ids = rows.map((r) => [0, ...r.tokens.map((t) => vocab.get(t)).filter((v) => v !== undefined)]);
  const z = [0, 0, 0];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    rows.forEach((row, i) => {
      const mine = ids[i] as number[];
      for (let k = 0; k < 3; k++) z[k] = mine.reduce((s, v) => s + w[3 * v + k]!, 0);
      const m = Math.max(...z);
      const e = z.map((q) => Math.exp(q - m));
      const sum = e[0]! + e[1]! + e[2]!;
      for (let k = 0; k < 3; k++) {
        const g = e[k]! / sum - (row.y === k ? 1 : 0);
        for (const v of mine) {
          const j = 3 * v + k;
          const gj = g + L2 * w[j]!;
          g2[j]! += gj * gj;
          w[j]! -= (RATE * gj) / Math.sqrt(g2[j]!);
        }
      }
    });
  }
  return w;
}

/** Token → index (from 1; 0 is the bias) for the tokens seen on enough sites, in first-seen order. */
function vocabulary(rows: WordRow[], keep?: Set<string>): Map<string, number> {
  const sites = new Map<string, Set<string>>();
  for (const row of rows)
    for (const t of row.tokens) {
      if (keep && !keep.has(t)) continue;
      const s = sites.get(t) ?? new Set<string>();
      s.add(siteKey(row.site));
      sites.set(t, s);
    }
  const vocab = new Map<string, number>();
  for (const [t, s] of sites) if (s.size >= MIN_SITES) vocab.set(t, vocab.size + 1);
  return vocab;
}

/** The table lib/detect/context-words.ts reads: price and cost over "other", in 1/SCALE. */
export function trainWords(rows: WordRow[]): WordTable {
  const all = vocabulary(rows);
  const first = fitLogistic(rows, all);
  const sway = (v: number) => {
    const [o, p, c] = [first[3 * v]!, first[3 * v + 1]!, first[3 * v + 2]!];
    const mean = (o + p + c) / 3;
    return Math.max(Math.abs(o - mean), Math.abs(p - mean), Math.abs(c - mean));
  };
  const ranked = [...all].sort((a, b) => sway(b[1]) - sway(a[1]) || (a[0] < b[0] ? -1 : 1));
  const vocab = vocabulary(rows, new Set(ranked.slice(0, KEEP).map(([t]) => t)));
  const w = fitLogistic(rows, vocab);
  const q = (v: number, k: number) =>
    Math.max(-WEIGHT_LIMIT, Math.min(WEIGHT_LIMIT, Math.round((w[3 * v + k]! - w[3 * v]!) * SCALE))) + 0;
  const tokens = [...vocab.keys()];
  const weights = [q(0, 1), q(0, 2), ...tokens.flatMap((_, i) => [q(i + 1, 1), q(i + 1, 2)])];
  return { tokens, weights, scale: SCALE };
}

/** Each token's place in the table, built once per table (votesOf is asked for every row). */
const indexes = new WeakMap<WordTable, Map<string, number>>();

/** The table's votes for one row's tokens, as the product computes them. */
export function votesOf(table: WordTable, tokens: string[], out: Float64Array): void {
  const index = indexes.get(table) ?? new Map(table.tokens.map((t, i) => [t, i]));
  indexes.set(table, index);
  let price = table.weights[0]!;
  let cost = table.weights[1]!;
  for (const t of tokens) {
    const k = index.get(t);
    if (k === undefined) continue;
    price += table.weights[2 + 2 * k]!;
    cost += table.weights[3 + 2 * k]!;
  }
  votesFromSums(price, cost, table.scale, out);
}

/**
 * Writes each row's word features from a table trained without its site (five folds by site), so
 * the trees learn how far a vote on unseen pages can be trusted, not how well the words fit their own rows.
 */
export function setOutOfFoldWords(rows: WordRow[], folds = 5): void {
  const fold = (site: string) => {
    let h = 7;
    for (const ch of siteKey(site)) h = (Math.imul(h, 37) + ch.charCodeAt(0)) | 0;
    return Math.abs(h) % folds;
  };
  const votes = new Float64Array(3);
  for (let k = 0; k < folds; k++) {
    const table = trainWords(rows.filter((r) => fold(r.site) !== k));
    for (const row of rows) {
      if (fold(row.site) !== k) continue;
      votesOf(table, row.tokens, votes);
      wordFeatures(row.x, WORD_FEATURES, votes);
    }
  }
}

/** lib/detect/word-weights.ts for a table, and the table as the product reads it back. */
export function wordTableSource(table: WordTable): { source: string; shipped: WordTable } {
  const { tokens, weights } = encodeWords(table);
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  const source =
    `// Generated by scripts/train-detector.ts: ${table.tokens.length} tokens' votes for a price and a cost over "other",\n` +
    `// in 1/${table.scale}, as lib/detect/context-words.ts encodeWords writes them; do not edit, retrain.\n` +
    `export const WORD_SCALE = ${table.scale};\n` +
    `export const WORD_TOKENS =\n  ${quote(tokens)};\n` +
    `export const WORD_WEIGHTS =\n  ${quote(weights)};\n`;
  return { source, shipped: decodeWords(tokens, weights, table.scale) };
}
