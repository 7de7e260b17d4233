import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contextTokens,
  shippedWords,
  useShippedWords,
  useWords,
  type WordTable,
  wordVotes,
} from '../../../lib/detect/context-words';
import { detectPrices } from '../../../lib/detect/index';
import { asciiDigits, lowerSameLength } from '../../../lib/detect/text';
import { votesOf } from '../../../scripts/lib/context-words';
import { loadSplit } from './real/load';
import { segmentsOf } from './real/locate';

const around = (text: string, amount: string) => {
  const start = text.indexOf(amount);
  return contextTokens(text.toLowerCase(), start, start + amount.length);
};

describe('contextTokens', () => {
  it('names the words on each side, the nearest ones and the mark after, each once', () => {
    expect(around('un bitcoin costaba 800 dólares', '800')).toEqual([
      'L:costaba',
      'L1:costaba',
      'L:bitcoin',
      'L:un',
      'R:dólares',
      'R1:dólares',
    ]);
    expect(around('比特币6800美元/枚', '6800')).toEqual([
      'L:币',
      'L1:币',
      'L:特',
      'L:比',
      'R:美',
      'R1:美',
      'R:元',
      'R:枚',
    ]);
    expect(around('the price (BTC: $70,000) and the price', '$70,000')).toEqual([
      'L:btc',
      'L1:btc',
      'L:price',
      'L:the',
      'RP:)',
      'R:and',
      'R1:and',
      'R:the',
      'R:price',
    ]);
  });

  it('reads at most six words a side, and none past 80 characters', () => {
    const words = 'one two three four five six seven eight';
    const left = around(`${words} $5 `, '$5').filter((t) => t.startsWith('L:'));
    expect(left).toEqual(['L:eight', 'L:seven', 'L:six', 'L:five', 'L:four', 'L:three']);
    const far = `far ${'.'.repeat(90)} $5 ${'.'.repeat(90)} far`;
    expect(around(far, '$5')).toEqual(['RP:.']);
  });
});

describe('wordVotes', () => {
  afterEach(() => useShippedWords());

  it('adds the weights of the tokens it knows, once each', () => {
    const table: WordTable = {
      tokens: ['L:costaba', 'R:dólares', 'L:the'],
      weights: [0, 0, 64, -32, 0, 0, 0, 96],
      scale: 32,
    };
    useWords(table);
    const votes = new Float64Array(3);
    const text = 'un bitcoin costaba 800 dólares';
    wordVotes(text, 19, 22, votes);
    // price 64/32 = 2, cost -1: softmax over [0, 2, -1].
    const sum = 1 + Math.exp(2) + Math.exp(-1);
    const want = [1 / sum, Math.exp(2) / sum, Math.exp(-1) / sum];
    for (let k = 0; k < 3; k++) expect(votes[k]).toBeCloseTo(want[k]!, 12);
    // "the" twice before the amount counts once: cost 96/32 = 3.
    wordVotes('the the $5', 8, 10, votes);
    expect(votes[2]).toBeCloseTo(Math.exp(3) / (2 + Math.exp(3)), 12);
  });

  it('reads the same words as contextTokens wherever the amounts sit and in whatever order', () => {
    // The product hashes the words it walks (wordVotes), training builds their strings (contextTokens):
    // the windows here cut words, start inside them, overlap, jump back and leave gaps.
    const piece = fc.constantFrom(
      'kurs',
      'bitcoin',
      ' ',
      '  ',
      '.',
      '$',
      '5',
      '比特币',
      '万',
      'é',
      '(',
      'xyz ',
      '\n',
      '-'.repeat(29),
      'marktkapitalisierung',
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 120 }).map((p) => p.join(''));
    const spans = (n: number) =>
      fc.array(
        fc.tuple(fc.nat(n - 1), fc.nat(12)).map(([a, w]) => [a, Math.min(n, a + 1 + w)] as const),
        { minLength: 1, maxLength: 12 },
      );
    const runtime = new Float64Array(3);
    const trained = new Float64Array(3);
    fc.assert(
      fc.property(
        text.chain((s) => fc.tuple(fc.constant(s), spans(s.length))),
        ([s, amounts]) => {
          const tokens = [...new Set(amounts.flatMap(([a, b]) => contextTokens(s, a, b)))];
          // Every token known, each with its own weight, so a missed or extra word changes the sums.
          const table: WordTable = {
            tokens,
            weights: [1, -1, ...tokens.flatMap((_, k) => [k + 1, 2 * k - 7])],
            scale: 64,
          };
          useWords(table);
          for (const [a, b] of amounts) {
            wordVotes(s, a, b, runtime);
            votesOf(table, contextTokens(s, a, b), trained);
            expect([...runtime], `${JSON.stringify(s)} [${a}, ${b})`).toEqual([...trained]);
          }
        },
      ),
      { numRuns: 300 },
    );
    // A long text of distinct words read left to right, as a block's amounts are, where a word the walk
    // misses or repeats changes the sums.
    const letters = (i: number) =>
      [...i.toString(16)].map((d) => 'abcdefghijklmnop'['0123456789abcdef'.indexOf(d)]);
    const long = Array.from(
      { length: 3000 },
      (_, i) => [`w${letters(i).join('')} `, '比特币', '$5 ', ', '][i % 4],
    ).join('');
    // Then again with every third window looking back by 0 to 990 characters.
    const forward = Array.from({ length: 400 }, (_, i) => [i * 37, i * 37 + 3] as const);
    const windows = [
      ...forward,
      ...forward.flatMap((w, i) => {
        const back = Math.max(0, w[0] - ((i * 331) % 991));
        return i % 3 === 2 ? [w, [back, back + 3] as const] : [w];
      }),
    ];
    const tokens = [...new Set(windows.flatMap(([a, b]) => contextTokens(long, a, b)))];
    const table: WordTable = { tokens, weights: [0, 0, ...tokens.flatMap((_, k) => [k + 1, -k])], scale: 64 };
    useWords(table);
    for (const [a, b] of windows) {
      wordVotes(long, a, b, runtime);
      votesOf(table, contextTokens(long, a, b), trained);
      expect([...runtime], `[${a}, ${b})`).toEqual([...trained]);
    }
  });

  it('gives the product the votes training computes from the tokens, on every dev amount', async () => {
    useShippedWords();
    const runtime = new Float64Array(3);
    const trained = new Float64Array(3);
    let amounts = 0;
    for (const c of await loadSplit('dev'))
      for (const seg of segmentsOf(c)) {
        const lower = lowerSameLength(asciiDigits(seg.text));
        for (const m of detectPrices(seg.text)) {
          wordVotes(lower, m.start, m.end, runtime);
          votesOf(shippedWords(), contextTokens(lower, m.start, m.end), trained);
          expect([...runtime], `${c.url}: ${m.text}`).toEqual([...trained]);
          amounts++;
        }
      }
    expect(amounts).toBeGreaterThan(3000);
  }, 60_000);
});
