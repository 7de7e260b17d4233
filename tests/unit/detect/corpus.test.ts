import { describe, expect, it } from 'vitest';
import { heldout, tuned } from './corpus';
import { evaluate, summary } from './evaluate';

describe('labelled corpus', () => {
  const all = [...tuned, ...heldout];

  it('is large and hard enough', () => {
    const s = evaluate(all);
    expect(s.amounts).toBeGreaterThanOrEqual(300);
    expect(s.negatives / s.amounts).toBeGreaterThanOrEqual(0.4);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
  });

  it('meets the btc_price precision and recall bar', () => {
    const t = evaluate(tuned);
    const h = evaluate(heldout);
    const a = evaluate(all);
    console.log(summary('tuned', t));
    console.log(summary('held-out', h));
    console.log(summary('all', a));
    if (process.env.DETECT_ERRORS) console.log(t.errors.join('\n'));
    expect(a.precision).toBeGreaterThanOrEqual(0.97);
    expect(a.recall).toBeGreaterThanOrEqual(0.93);
  });
});
