// Golden test: the detector's exact output on every corpus passage (under several option sets),
// the bench's article, adversarial strings and seeded fuzz must not change. Speed and size work
// must keep it green. golden.json is written only with GOLDEN_UPDATE=1; never regenerate it to
// make a failure go away: a deliberate behaviour change needs a note in the commit saying which
// outputs changed and why.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DetectOptions, detectPrices, type PriceMatch } from '../../../lib/detect';
import { heldout, tuned } from './corpus';
import { digestInputs, goldenInputs } from './golden-inputs';

interface Golden {
  corpus: Record<string, PriceMatch[][]>;
  inputs: { name: string; text: string; opts: DetectOptions; out: PriceMatch[] }[];
  digests: Record<string, { count: number; sha256: string }>;
}

const FILE = new URL('./golden.json', import.meta.url);
const cases = [...tuned, ...heldout];

/** Each passage runs under its own options, none, and a foreign spot and rates. */
const variants = (c: (typeof cases)[number]): DetectOptions[] => [
  { context: c.context, locale: c.locale, spotUsd: c.spotUsd },
  {},
  { locale: 'en', spotUsd: 30000, usdPer: { EUR: 1.1, JPY: 0.0067, INR: 0.012, BRL: 0.2 } },
];

const digest = (out: PriceMatch[]) => ({
  count: out.length,
  sha256: createHash('sha256').update(JSON.stringify(out)).digest('hex'),
});

function generate(): Golden {
  const g: Golden = { corpus: {}, inputs: [], digests: {} };
  for (const c of cases) g.corpus[c.name] = variants(c).map((o) => detectPrices(c.text, o));
  for (const i of goldenInputs()) g.inputs.push({ ...i, out: detectPrices(i.text, i.opts) });
  for (const i of digestInputs()) g.digests[i.name] = digest(detectPrices(i.text, i.opts));
  return g;
}

if (process.env.GOLDEN_UPDATE) writeFileSync(FILE, `${JSON.stringify(generate(), null, 2)}\n`);

describe('golden output', () => {
  const golden: Golden = existsSync(FILE)
    ? JSON.parse(readFileSync(FILE, 'utf8'))
    : { corpus: {}, inputs: [] };

  it('covers every corpus passage', () => {
    expect(Object.keys(golden.corpus).sort()).toEqual(cases.map((c) => c.name).sort());
  });

  it('is unchanged on corpus passages', () => {
    for (const c of cases) {
      const got = variants(c).map((o) => detectPrices(c.text, o));
      expect(got, c.name).toEqual(golden.corpus[c.name]);
    }
  });

  it('is unchanged on the article, adversarial strings and fuzz', () => {
    expect(golden.inputs.length).toBeGreaterThan(1100);
    for (const i of golden.inputs) expect(detectPrices(i.text, i.opts), i.name).toEqual(i.out);
  });

  it('is unchanged on large inputs (digests)', () => {
    const got: Golden['digests'] = {};
    for (const i of digestInputs()) got[i.name] = digest(detectPrices(i.text, i.opts));
    expect(got).toEqual(golden.digests);
  });
});
