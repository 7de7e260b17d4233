import { describe, expect, it } from 'vitest';
import { dev, splitOf, test as testSplit } from '.';
import { locateLabels, segmentsOf } from './locate';

const all = [...dev, ...testSplit];
const TAGS = new Set(['prose', 'anaphora', 'label-value', 'table', 'widget', 'cost', 'change', 'format', 'forum']);

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
      expect(/\d/.test(l.text) || l.value !== undefined, `${l.text}: a worded amount needs a value`).toBe(true);
    }
  });

  it('files sit in the split their site belongs to', () => {
    for (const c of dev) expect(splitOf(c.url), c.id).toBe('dev');
    for (const c of testSplit) expect(splitOf(c.url), c.id).toBe('test');
  });
});
