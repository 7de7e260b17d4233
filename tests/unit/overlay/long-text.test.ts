// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BADGES } from '../../../lib/overlay/badge-set';
import { LONG_TEXT } from '../../../lib/overlay/pipeline';
import { badges, type Harness, startTestOverlay, stubDetect } from './helpers';

// One text node holding a whole log (archive and paste sites): read in windows across tasks, split in
// one pass, badged first price first (bench: "giant text node").
let h: Harness;
afterEach(() => h?.stop());

/** `count` prices, each in ~`every` characters of filler, in one text node. */
function logText(count: number, every = 400): { text: string; prices: string[] } {
  const prices: string[] = [];
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const price = `$${(60_000 + i).toLocaleString('en-US')}`;
    prices.push(price);
    text += `Entry ${i}: Bitcoin traded at ${price}. `;
    while (text.length < (i + 1) * every) text += 'Desks waited for the data. ';
  }
  return { text, prices };
}

describe('overlay: one very long text node', () => {
  it('reads it in windows across tasks, badges the first prices up to the cap, and keeps the text', async () => {
    const { text, prices } = logText(500);
    expect(text.length).toBeGreaterThan(LONG_TEXT);
    document.body.innerHTML = '<p id="log"></p>';
    const p = document.querySelector('#log')!;
    p.textContent = text;
    const original = p.firstChild as Text;
    const lengths: number[] = [];
    let yields = 0;
    let clock = 0;
    h = startTestOverlay({
      detect: (t, o) => {
        lengths.push(t.length);
        return stubDetect(t, o);
      },
      now: () => (clock += 10),
      yieldToMain: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 40; i += 1) await h.flush();
    const shown = badges().map((b) => b.dataset.hashfloorText);
    expect(shown).toEqual(prices.slice(0, MAX_BADGES));
    // No read of the whole text at once, and the work gave the main thread back between windows.
    expect(Math.max(...lengths)).toBeLessThan(20_000);
    expect(yields).toBeGreaterThanOrEqual(7);
    // The page's own node is still there (holding the text before the first badge); the text reads the same.
    expect(original.parentNode).toBe(p);
    expect(original.data).toBe(text.slice(0, text.indexOf(prices[0]!) + prices[0]!.length));
    expect(p.textContent).toBe(text);
    h.stop();
    expect(p.childNodes.length).toBe(1);
    expect((p.firstChild as Text).data).toBe(text);
  });
});
