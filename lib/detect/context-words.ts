/**
 * Stage 5b of the detector (lib/detect/README.md): the words a reader skims around an amount, weighed
 * by a table learned offline from the dev split (word-weights.ts, trained by scripts/lib/context-words.ts).
 * The hand-written cue lists (lexicon.ts) miss words real pages use ("costaba", "/枚", "worth about");
 * these weights vote on them, and the trees decide how far to trust the vote (docs/detector.md).
 */

import { CLS, cls, isSpace } from './text';
import { DIGITS } from './tree-code';
import { WORD_SCALE, WORD_TOKENS, WORD_WEIGHTS } from './word-weights';

/** Words (a CJK character counts as one) read on each side of the amount, within SPAN characters. */
const WINDOW = 6;
const SPAN = 80;
/** Weights are one character each (tree-code.ts's digits) from -WEIGHT_LIMIT to +WEIGHT_LIMIT. */
export const WEIGHT_LIMIT = 45;
const WEIGHT_ZERO = WEIGHT_LIMIT;
/** Token kinds: a word before, the nearest word before, a word after, the nearest after, a mark right after. */
const TAGS = ['L:', 'L1:', 'R:', 'R1:', 'RP:'];

/** A token's kind, its index in TAGS ("L1:kurs" → 1), and where its word starts. */
function tagOf(token: string): { tag: number; at: number } {
  const at = token.indexOf(':') + 1;
  return { tag: TAGS.indexOf(token.slice(0, at)), at };
}

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Each token around lower[start, end) as its kind (index in TAGS), its word's hash and its span in
 * `lower`; repeats included. A word is hashed as it is walked (wordHash), so no character is read twice.
 */
function contextSpans(
  lower: string,
  start: number,
  end: number,
  visit: (tag: number, word: number, from: number, to: number) => void,
): void {
  const table = CLS;
  const lo = Math.max(0, start - SPAN);
  for (let i = start, n = 0; i > lo && n < WINDOW; n++) {
    let j = i;
    let c = lower.charCodeAt(j - 1);
    while ((table[c] || cls(c)) > 2 && --j > lo) c = lower.charCodeAt(j - 1);
    if (j === lo) break;
    i = j - 1;
    let h = Math.imul(FNV_SEED ^ c, FNV_PRIME);
    if (table[c] === 1)
      while (i > lo) {
        const b = lower.charCodeAt(i - 1);
        if ((table[b] || cls(b)) !== 1) break;
        h = Math.imul(h ^ b, FNV_PRIME);
        i--;
      }
    visit(0, h, i, j);
    if (n === 0) visit(1, h, i, j);
  }
  const hi = Math.min(lower.length, end + SPAN);
  let next = end;
  while (next < hi && (lower.charCodeAt(next) <= 32 || isSpace(lower.charCodeAt(next)))) next++;
  const mark = lower.charCodeAt(next);
  if (next < hi && cls(mark) > 2 && !(mark >= 48 && mark <= 57))
    visit(4, Math.imul(FNV_SEED ^ mark, FNV_PRIME), next, next + 1);
  for (let i = end, n = 0; i < hi && n < WINDOW; n++) {
    let c = lower.charCodeAt(i);
    while ((table[c] || cls(c)) > 2 && ++i < hi) c = lower.charCodeAt(i);
    if (i === hi) break;
    let j = i + 1;
    let h = Math.imul(FNV_SEED ^ c, FNV_PRIME);
    if (table[c] === 1)
      while (j < hi) {
        const b = lower.charCodeAt(j);
        if ((table[b] || cls(b)) !== 1) break;
        h = Math.imul(h ^ b, FNV_PRIME);
        j++;
      }
    visit(2, h, i, j);
    if (n === 0) visit(3, h, i, j);
    i = j;
  }
}

/**
 * The tokens around lower[start, end), each once: `L:w`/`R:w` for a word before/after it, `L1:w`/`R1:w`
 * for the nearest one on each side, `RP:c` for a mark right after it ("/", "(", ":").
 * @example contextTokens('un bitcoin costaba 800 dólares', 19, 22) // ['L:costaba', 'L1:costaba', 'L:bitcoin', 'L:un', 'R:dólares', 'R1:dólares']
 */
export function contextTokens(lower: string, start: number, end: number): string[] {
  const out = new Set<string>();
  contextSpans(lower, start, end, (tag, _, from, to) => out.add(TAGS[tag] + lower.slice(from, to)));
  return [...out];
}

/**
 * A word's hash as contextSpans walks it: FNV-1a (a multiply-by-31 hash makes short words collide, "Aa"
 * and "BB", and a collision is a wrong vote), over the word backwards for the words before the amount
 * (tags 0 and 1), since they are walked from their end.
 */
function wordHash(tag: number, s: string, from: number, to: number): number {
  let h = FNV_SEED;
  if (tag <= 1) for (let k = to - 1; k >= from; k--) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  else for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/** A token's hash, its word's mixed with its tag: what the product looks up instead of its string. */
const tokenHash = (tag: number, word: number): number => Math.imul(word ^ (tag + 1), FNV_PRIME);

/** A table of token weights: for each token, its vote for a price and for a cost over "other", in 1/scale. */
export interface WordTable {
  tokens: readonly string[];
  /** Two biases, then two integer weights per token. */
  weights: ArrayLike<number>;
  scale: number;
}

let index = new Map<number, number>();
// One bit per low 16 bits of a known token's hash: most words around an amount are in no table.
const KNOWN = new Uint32Array(2048);
let weights: ArrayLike<number> = [];
let scale = 1;

function startIndex(): void {
  index = new Map();
  KNOWN.fill(0);
}

/** Token k of the table in use has hash h. */
function indexToken(h: number, k: number): void {
  index.set(h, k);
  KNOWN[(h >>> 5) & 2047]! |= 1 << (h & 31);
}

/** word-weights.ts's weights, one character each, as numbers. */
const weightsOf = (encoded: string): number[] => Array.from(encoded, (c) => DIGITS.indexOf(c) - WEIGHT_ZERO);

/** Weigh with another table from now on: cross-validation only (scripts/train-detector.ts). */
export function useWords(table: WordTable): void {
  startIndex();
  table.tokens.forEach((token, k) => {
    const { tag, at } = tagOf(token);
    indexToken(tokenHash(tag, wordHash(tag, token, at, token.length)), k);
  });
  weights = table.weights;
  scale = table.scale;
}

let shipped: WordTable | undefined;
/** The table trained on the whole dev split, as word-weights.ts writes it (encodeWords). */
export const shippedWords = (): WordTable => (shipped ??= decodeWords(WORD_TOKENS, WORD_WEIGHTS, WORD_SCALE));

/**
 * Weigh with the shipped table: useWords(shippedWords()) without building its 800 token strings, each
 * word hashed where it stands in word-weights.ts's lines (docs/detector.md, "Speed and size"). The unit
 * test comparing the product's votes with training's on every dev amount runs on this index.
 */
export function useShippedWords(): void {
  startIndex();
  const s = WORD_TOKENS;
  let tag = 0;
  let k = 0;
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 10;
    if (c !== 32 && c !== 10) continue;
    if (i > from) indexToken(tokenHash(tag, wordHash(tag, s, from, i)), k++);
    if (c === 10) tag++;
    from = i + 1;
  }
  weights = weightsOf(WORD_WEIGHTS);
  scale = WORD_SCALE;
}
useShippedWords();

let price = 0;
let cost = 0;
// The hashes counted for this amount: a word twice in the window counts once, as in training.
const SEEN = new Int32Array(16);
let seen = 0;
function add(tag: number, word: number): void {
  const h = tokenHash(tag, word);
  if (!((KNOWN[(h >>> 5) & 2047]! >>> (h & 31)) & 1)) return;
  for (let i = 0; i < seen; i++) if (SEEN[i] === h) return;
  const k = index.get(h);
  if (k === undefined) return;
  if (seen < SEEN.length) SEEN[seen++] = h;
  price += weights[2 + 2 * k]!;
  cost += weights[3 + 2 * k]!;
}
/** The words' votes around lower[start, end) as probabilities in `out`: [other, price, cost]. */
export function wordVotes(lower: string, start: number, end: number, out: Float64Array): void {
  price = weights[0] ?? 0;
  cost = weights[1] ?? 0;
  seen = 0;
  contextSpans(lower, start, end, add);
  votesFromSums(price, cost, scale, out);
}

/** Softmax over [0, price, cost] / scale: shared with training so both read the same numbers. */
export function votesFromSums(price: number, cost: number, scale: number, out: Float64Array): void {
  const zp = price / scale;
  const zc = cost / scale;
  const m = Math.max(0, zp, zc);
  const eo = Math.exp(-m);
  const ep = Math.exp(zp - m);
  const ec = Math.exp(zc - m);
  const sum = eo + ep + ec;
  out[0] = eo / sum;
  out[1] = ep / sum;
  out[2] = ec / sum;
}

/** The three votes as 0/1 features from x[at] on, in FEATURES order (training writes them the same way). */
export function wordFeatures(x: Float64Array, at: number, votes: Float64Array): void {
  let f = at;
  for (let k = 0; k < 3; k++) {
    const p = votes[k]!;
    x[f++] = p > 0.3 ? 1 : 0;
    x[f++] = p > 0.5 ? 1 : 0;
    x[f++] = p > 0.8 ? 1 : 0;
  }
}

/**
 * A table as word-weights.ts writes it: one line of words per tag (TAGS order, sorted, space-separated,
 * so gzip finds the shared stems) and one character per weight, biases first. A third smaller in gzip
 * than the tokens and numbers written out (tests/e2e/bundle-budget.spec.ts).
 * @example encodeWords({ tokens: ['R:usd', 'L:kurs'], weights: [0, -2, 5, 1, -3, 0], scale: 11 })
 * // { tokens: 'kurs\n\nusd\n\n', weights: 'PNMPUQ' }
 */
export function encodeWords(table: WordTable): { tokens: string; weights: string } {
  const sorted = table.tokens.map((token, k) => ({ token, k })).sort((a, b) => (a.token < b.token ? -1 : 1));
  const byTag = TAGS.map((_, tag) => sorted.filter(({ token }) => tagOf(token).tag === tag));
  const lines = byTag.map((group) => group.map(({ token }) => token.slice(tagOf(token).at)).join(' '));
  const w = table.weights;
  const digits = [w[0]!, w[1]!, ...byTag.flat().flatMap(({ k }) => [w[2 + 2 * k]!, w[3 + 2 * k]!])];
  return { tokens: lines.join('\n'), weights: digits.map((v) => DIGITS[v + WEIGHT_ZERO]).join('') };
}

/** encodeWords undone: tokens in the order their weights are written. */
export function decodeWords(tokens: string, weights: string, scale: number): WordTable {
  const list = tokens
    .split('\n')
    .flatMap((line, tag) => (line ? line.split(' ').map((w) => TAGS[tag] + w) : []));
  return { tokens: list, weights: weightsOf(weights), scale };
}
