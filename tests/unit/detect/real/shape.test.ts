import { describe, expect, it } from 'vitest';
import { dev, splitOf, test as testSplit } from '.';
import { locateLabels, segmentsOf } from './locate';
import { stats } from './stats';

const all = [...dev, ...testSplit];
const TAGS = new Set([
  'prose',
  'anaphora',
  'label-value',
  'table',
  'widget',
  'cost',
  'change',
  'format',
  'forum',
]);

describe('real-text corpus: shape', () => {
  it.each(all.map((c) => [c.id, c] as const))('%s is well formed', (_id, c) => {
    expect(() => new URL(c.url)).not.toThrow();
    expect(c.lang).toMatch(/^[a-z]{2}(-[A-Za-z]{2,4})?$/);
    expect(c.tags.length).toBeGreaterThan(0);
    for (const t of c.tags) expect(TAGS).toContain(t);
    expect(c.blocks.length).toBeGreaterThan(0);
    const labels = locateLabels(c, segmentsOf(c));
    for (const l of labels) {
      if (l.kind !== 'other') expect(l.value, `${l.text} needs a value`).toBeTypeOf('number');
      if (l.currency !== undefined) expect(l.currency).toMatch(/^[A-Z]{3}$/);
      expect(/\d/.test(l.text) || l.value !== undefined, `${l.text}: a worded amount needs a value`).toBe(
        true,
      );
    }
  });

  it('is large, hard and many-languaged enough, with a test split of at least 30 %', () => {
    const d = stats(dev);
    const t = stats(testSplit);
    const amounts = d.amounts + t.amounts;
    console.log(`corpus: dev ${JSON.stringify({ ...d, langs: Object.fromEntries(d.langs) })}`);
    console.log(`corpus: test ${JSON.stringify({ ...t, langs: Object.fromEntries(t.langs) })}`);
    expect(amounts).toBeGreaterThanOrEqual(1200);
    expect((amounts - d.btc_price - t.btc_price) / amounts).toBeGreaterThanOrEqual(0.4);
    expect(d.btc_cost + t.btc_cost).toBeGreaterThanOrEqual(150);
    expect(t.amounts / amounts).toBeGreaterThanOrEqual(0.3);
    const langs = new Set([...d.langs.keys(), ...t.langs.keys()]);
    for (const lang of ['en', 'de', 'fr', 'es', 'pt', 'it', 'ja', 'hi', 'ko', 'zh', 'ru', 'tr', 'nl'])
      expect(langs).toContain(lang);
  });

  it('files sit in the split their site belongs to', () => {
    for (const c of dev) expect(splitOf(c.url), c.id).toBe('dev');
    for (const c of testSplit) expect(splitOf(c.url), c.id).toBe('test');
  });
});
