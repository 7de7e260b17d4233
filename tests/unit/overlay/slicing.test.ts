// @vitest-environment happy-dom
// No phase of the overlay runs as one long task. The clock here is fake and moves
// only when the overlay's code asks for it (or the stub detector "spends" time), so slices are counted
// exactly: how much work runs between two `yieldToMain` calls.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSharedStyles } from '../../../lib/overlay/styles';
import { createSkipTest, digitTextBlocks } from '../../../lib/overlay/walk';
import { badges, type Harness, startTestOverlay, stubDetect } from './helpers';

let h: Harness;
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => h?.stop());

/** A clock that advances `tick` ms per reading, plus whatever the detector spends. */
function fakeTime(tick: number, detectMs: number) {
  let clock = 0;
  let yields = 0;
  let detects = 0;
  let detectsThisSlice = 0;
  let mostInOneSlice = 0;
  return {
    now: () => {
      clock += tick;
      return clock;
    },
    yieldToMain: () => {
      yields += 1;
      detectsThisSlice = 0;
      return Promise.resolve();
    },
    detect: (text: string, options?: Parameters<typeof stubDetect>[1]) => {
      clock += detectMs;
      detects += 1;
      detectsThisSlice += 1;
      mostInOneSlice = Math.max(mostInOneSlice, detectsThisSlice);
      return stubDetect(text, options);
    },
    get yields() {
      return yields;
    },
    get detects() {
      return detects;
    },
    get mostInOneSlice() {
      return mostInOneSlice;
    },
  };
}

const prices = (n: number, every = 1) =>
  Array.from({ length: n }, (_, i) =>
    i % every === 0
      ? `<p>BTC $70,${String(i % 1000).padStart(3, '0')}</p>`
      : `<p>words ${'x'.repeat(i % 7)}</p>`,
  ).join('');

describe('overlay: time slicing', () => {
  it('starts the first scan in a task of its own, then keeps each slice within ~8 ms', async () => {
    document.body.innerHTML = prices(40);
    const time = fakeTime(0, 3);
    h = startTestOverlay({ now: time.now, yieldToMain: time.yieldToMain, detect: time.detect });
    // Nothing read or detected in the task that delivered settings and snapshot.
    expect(time.detects).toBe(0);
    expect(badges()).toHaveLength(0);
    await h.flush();
    expect(badges()).toHaveLength(40);
    // 3 ms per block: a slice takes three (3, 6, then 9 ≥ 8 ms) before it yields.
    expect(time.mostInOneSlice).toBe(3);
    expect(time.yields).toBeGreaterThanOrEqual(40 / 3);
  });

  it('yields on long stretches of text without digits', async () => {
    document.body.innerHTML = `${'<p>no digits here <em>at all</em></p>'.repeat(1500)}<p>BTC $70,123</p>`;
    const time = fakeTime(10, 0);
    h = startTestOverlay({ now: time.now, yieldToMain: time.yieldToMain, detect: time.detect });
    await h.flush();
    expect(badges()).toHaveLength(1);
    // 3,001 text nodes: a budget check (here always over) every 256 of them, plus the first yield.
    expect(time.yields).toBeGreaterThanOrEqual(Math.floor(3001 / 256) + 1);
  });

  it('scans a big subtree the page adds at once in slices, badging every price in it', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const time = fakeTime(0, 3);
    h = startTestOverlay({ now: time.now, yieldToMain: time.yieldToMain, detect: time.detect });
    await h.flush();
    const before = time.yields;
    const article = document.createElement('article');
    article.innerHTML = prices(300, 10);
    document.querySelector('#m')!.append(article);
    await h.flush();
    expect(badges()).toHaveLength(30);
    expect(time.mostInOneSlice).toBe(3);
    expect(time.yields - before).toBeGreaterThanOrEqual(30 / 3);
  });

  it('still updates a ticker in place at once (a small batch needs no slicing)', async () => {
    document.body.innerHTML = '<div>BTC <span id="px">$70,123</span></div>';
    const time = fakeTime(0, 1);
    h = startTestOverlay({ now: time.now, yieldToMain: time.yieldToMain, detect: time.detect });
    await h.flush();
    const [badge] = badges();
    const yields = time.yields;
    (document.querySelector('#px')!.firstChild as Text).data = '$70,456';
    await h.flush();
    expect(badges()).toEqual([badge]);
    expect(badge!.dataset.hashfloorText).toBe('$70,456');
    expect(time.yields).toBe(yields);
  });

  it('stops a sliced scan when the overlay stops', async () => {
    document.body.innerHTML = prices(60);
    let release: () => void = () => {};
    let yields = 0;
    h = startTestOverlay({
      yieldToMain: () => {
        yields += 1;
        // The first slice runs; the second waits until released.
        return yields === 1 ? Promise.resolve() : new Promise<void>((done) => (release = done));
      },
      now: (() => {
        let t = 0;
        return () => (t += 5);
      })(),
    });
    await h.flush();
    const partial = badges().length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(60);
    const calls = h.detectCalls();
    h.stop();
    release();
    await h.flush();
    expect(badges()).toHaveLength(0);
    expect(h.detectCalls()).toBe(calls);
  });
});

describe('walk: digit-bearing text, lazily', () => {
  it('yields a checkpoint every 256 nodes and only blocks of readable digit text', () => {
    document.body.innerHTML = `${'<p>plain</p>'.repeat(600)}<p id="a">$70,000</p><script>var n = 1;</script>
      <div hidden><p>$1</p></div><p id="b">7 <span>8</span></p>`;
    const steps = [...digitTextBlocks(document.body, createSkipTest())];
    // 606 text nodes (600 plain, the script's, whitespace, the hidden price, "7 " and "8") and 606
    // elements (walked too, for shadow hosts): 1,212 nodes, 4 checkpoints.
    expect(steps.filter((s) => s === null)).toHaveLength(4);
    expect(steps.filter((s) => s !== null).map((s) => s!.id)).toEqual(['a', 'b', 'b']);
  });
});

describe('styles: built when first needed', () => {
  it('does not parse the shared sheet until the first badge adopts it, then only once', () => {
    let made = 0;
    class Sheet {
      replaceSync() {
        made += 1;
      }
    }
    const doc = { defaultView: { CSSStyleSheet: Sheet } } as unknown as Document;
    const adopt = createSharedStyles(doc);
    expect(made).toBe(0);
    const root = { adoptedStyleSheets: [] } as unknown as ShadowRoot;
    adopt(root);
    adopt({ adoptedStyleSheets: [] } as unknown as ShadowRoot);
    expect(made).toBe(1);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    // The card's sheet joins a root only when that badge's card is built, parsed once too.
    adopt(root, 'card');
    adopt({ adoptedStyleSheets: [] } as unknown as ShadowRoot, 'card');
    expect(made).toBe(2);
    expect(root.adoptedStyleSheets).toHaveLength(2);
  });
});
