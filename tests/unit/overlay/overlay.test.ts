// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectPrices } from '../../../lib/detect';
import { AMOUNT_HINT } from '../../../lib/detect/amount-hint';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { badges, type Harness, SNAPSHOT, startTestOverlay, stubDetect, texts } from './helpers';

let h: Harness;
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => h?.stop());

const start = async (html: string, options: Parameters<typeof startTestOverlay>[0] = {}) => {
  document.body.innerHTML = html;
  h = startTestOverlay(options);
  await h.flush();
};

describe('overlay: first scan', () => {
  it('badges BTC prices (split spans included) and not other amounts', async () => {
    await start(`
      <article><h1>Bitcoin slides</h1>
        <p>Bitcoin fell to $70,123 on Monday, while ether traded at $3,100.</p>
        <p>Quote: <span class="q"><span>$</span><span>71,000</span><span>.50</span></span></p>
        <p>In Europe: 64.500 €.</p></article>`);
    expect(texts()).toEqual(['$70,123', '$71,000.50', '64.500 €']);
    const [first] = badges();
    expect(first!.dataset.hashfloorKind).toBe('btc_price');
    expect(first!.dataset.hashfloorUsd).toBe('70123');
    const gap = Number(first!.dataset.hashfloorGap);
    expect(gap).toBeCloseTo(70123 / SNAPSHOT.cost.costUsd - 1, 3);
    // The split-span badge sits after the wrapper, not inside the page's spans.
    expect(document.querySelector('.q')!.nextElementSibling?.localName).toBe('hashfloor-badge');
  });

  it('hands text without digits to the detector only when its amount hint says it may hold an amount', async () => {
    const html =
      '<p>Wood still says bitcoin will be worth a million dollars.</p><p>No amount here at all.</p>';
    const words = (text: string) => {
      const at = text.indexOf('a million dollars');
      return at < 0
        ? []
        : [
            {
              start: at,
              end: at + 17,
              text: 'a million dollars',
              kind: 'btc_price' as const,
              currency: 'USD',
              value: 1e6,
              usd: 1e6,
              confidence: 0.9,
            },
          ];
    };
    await start(html, { detect: words });
    expect(texts()).toEqual([]);
    h.stop();
    await start(html, { detect: words, amountHint: /\d|dollar/i });
    expect(texts()).toEqual(['a million dollars']);
  });

  it('keeps page text intact: a split prose node reads the same, and rejoins on stop', async () => {
    await start('<p id="p">Bitcoin traded at $70,123 on Monday.</p>');
    const p = document.querySelector('#p')!;
    expect(p.textContent).toBe('Bitcoin traded at $70,123 on Monday.');
    expect(p.childNodes.length).toBe(3);
    h.stop();
    expect(p.childNodes.length).toBe(1);
    expect(p.innerHTML).toBe('Bitcoin traded at $70,123 on Monday.');
  });

  it('gives cost figures the quiet "model" variant, or none when only prices are wanted', async () => {
    await start('<p>Production cost is estimated at $87,000 per coin.</p>');
    const [badge] = badges();
    expect(badge!.dataset.hashfloorKind).toBe('btc_cost');
    expect(badge!.getAttribute('aria-label')).toMatch(
      /^Cost-to-mine figure \$87,000: [\d.]+% above the model's estimate$/,
    );
    expect(badge!.getAttribute('aria-description')).toMatch(
      /^.+ estimate: \$[\d,]+ per bitcoin \(Hashfloor\)\.$/,
    );
    h.setState({ settings: { ...DEFAULT_SETTINGS, badgeKinds: 'prices' } });
    await h.flush();
    expect(badges()).toHaveLength(0);
  });

  it('labels every badge in a few words, describes it with the figures, and makes it focusable', async () => {
    await start('<p>BTC: $70,123</p>');
    const [badge] = badges();
    expect(badge!.getAttribute('aria-label')).toMatch(/^Bitcoin price \$70,123: \d+% below cost$/);
    expect(badge!.getAttribute('aria-description')).toMatch(
      /^Estimated cost to mine one bitcoin: \$[\d,]+ \(.+; 0\.\d\d× of cost\)\. An estimate, not a price floor\.$/,
    );
    expect(badge!.tabIndex).toBe(0);
    expect(badge!.getAttribute('role')).toBe('button');
    expect(badge!.shadowRoot).toBeNull(); // closed: page scripts cannot reach the UI
    expect(badge!.dataset.hashfloorBand).toBe('near'); // 0.83× of cost: the 0.8–1.2× band
  });

  it("hands the detector the page's path with each block (a year there dates the page: docs/detector.md)", async () => {
    const paths: Array<string | undefined> = [];
    await start('<p>Bitcoin hit $1,242 on Mt. Gox.</p><p>Gold: $1,230.</p>', {
      path: '/markets/2013/11/29/bitcoin-gold',
      detect: (_text, options) => {
        paths.push(options?.path);
        return [];
      },
    });
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths)).toEqual(new Set(['/markets/2013/11/29/bitcoin-gold']));
  });

  it('never touches editors, inputs or code', async () => {
    await start(`<div contenteditable="true">$70,000</div><textarea>$70,000</textarea>
      <input value="$70,000"><code>$70,000</code><pre>$70,000</pre>`);
    expect(badges()).toHaveLength(0);
  });

  it('treats hostile markup in price text as text', async () => {
    await start('<p>&lt;img src=x onerror=alert(1)&gt; $70,123 &lt;/p&gt;</p>');
    expect(texts()).toEqual(['$70,123']);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('stops at 300 badges', async () => {
    await start(
      Array.from({ length: 400 }, (_, i) => `<p>BTC $70,${String(i).padStart(3, '0')}</p>`).join(''),
    );
    expect(badges()).toHaveLength(300);
  });
});

describe('overlay: live pages', () => {
  it('updates a ticker badge in place, with no duplicate and no own-write rescans', async () => {
    await start('<div class="ticker">BTC <span id="px">$70,123</span></div>');
    const [badge] = badges();
    const calls = h.detectCalls();
    (document.querySelector('#px')!.firstChild as Text).data = '$70,456';
    await h.flush();
    expect(badges()).toEqual([badge]);
    expect(badge!.dataset.hashfloorText).toBe('$70,456');
    expect(badge!.dataset.hashfloorUsd).toBe('70456');
    // Only digits changed: the last detection is carried over (redetect.ts), no detector call.
    expect(h.detectCalls()).toBe(calls);
    (document.querySelector('#px')!.firstChild as Text).data = '$9,456';
    await h.flush();
    expect(badge!.dataset.hashfloorText).toBe('$9,456');
    expect(h.detectCalls()).toBe(calls + 1); // a new shape: read again, once, not retriggered by our writes
    await h.flush();
    expect(h.detectCalls()).toBe(calls + 1);
  });

  it('badges a ticker whose first answer lands only after several of its renders', async () => {
    // The detector answers from the background; a worker waking on a busy machine may take longer than
    // four renders of a 5 Hz ticker. Those renders must not make the ticker live (live-blocks.ts).
    let clock = 0;
    let answering = false;
    const waiting: Array<() => void> = [];
    await start('<div class="ticker">BTC <span id="px">$70,123</span></div>', {
      now: () => clock,
      detect: (text, options) =>
        answering
          ? stubDetect(text, options)
          : new Promise((resolve) => waiting.push(() => resolve(stubDetect(text, options)))),
    });
    const price = document.querySelector('#px')!.firstChild as Text;
    for (let i = 0; i < 6; i += 1) {
      clock += 200;
      price.data = `$70,${200 + i}`;
      await h.flush();
    }
    expect(badges()).toHaveLength(0);
    answering = true;
    for (const answer of waiting.splice(0)) answer();
    await h.flush();
    await h.flush();
    expect(badges().map((b) => b.dataset.hashfloorText)).toEqual(['$70,205']);
  });

  it('badges a ticker that flips the sign beside its price while every answer lands a render late', async () => {
    // tests/e2e/pages/ticker.html: "+1.1%" and "-2.1%" alternate; an answer for one render that lands
    // after the next must still fit it (redetect.ts), or the request, the answer and the render stay in
    // step and the badge never comes.
    let clock = 0;
    const waiting: Array<() => void> = [];
    await start('<div class="ticker">BTC <span id="px">$70,123</span> <span id="ch">+1.1%</span></div>', {
      now: () => clock,
      detect: (text, options) =>
        new Promise((resolve) => waiting.push(() => resolve(stubDetect(text, options)))),
    });
    const price = document.querySelector('#px')!.firstChild as Text;
    const change = document.querySelector('#ch')!.firstChild as Text;
    for (let i = 0; i < 6; i += 1) {
      clock += 200;
      const answers = waiting.splice(0);
      price.data = `$70,${200 + i}`;
      change.data = i % 2 ? '+1.1%' : '-2.1%';
      for (const answer of answers) answer();
      await h.flush();
    }
    expect(badges().map((b) => b.dataset.hashfloorText)).toEqual(['$70,205']);
  });

  it('leaves a cell the page rewrites several times a second bare while it ticks, and badges it once it settles', async () => {
    let clock = 0;
    const timers: Array<{ at: number; cb: () => void }> = [];
    const fire = () => {
      for (const t of timers.splice(0).filter((t) => t.at <= clock)) t.cb();
    };
    const book =
      '<table><tr><th>Price (USD)</th><th>Amount (BTC)</th></tr><tr><td id="c">$70,123</td><td id="a">1.5</td></tr></table>';
    await start(book, {
      now: () => clock,
      delay: (cb, ms) => {
        const timer = { at: clock + ms, cb };
        timers.push(timer);
        return () => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
        };
      },
    });
    const cell = document.querySelector('#c')!;
    expect(badges(cell)).toHaveLength(1);
    // An order book's render: textContent takes the badge away with the old text, every 50 ms.
    const amount = document.querySelector('#a')!;
    const render = async (text: string) => {
      clock += 50;
      cell.textContent = text;
      // Its neighbour holds no price, in a new shape each time (no carried-over detection): read on
      // every render until it too is live.
      amount.textContent = amount.textContent === '1.5' ? '12' : '1.5';
      await h.flush();
    };
    await render('$70,130');
    await render('$70,140');
    await render('$70,150');
    expect(badges(cell)).toHaveLength(1); // three losses: still put back
    await render('$70,160');
    expect(badges(cell)).toHaveLength(0); // the fourth within 2 s: live, bare
    const calls = h.detectCalls();
    for (let i = 0; i < 20; i += 1) await render(`$70,${200 + i}`);
    expect(badges(cell)).toHaveLength(0);
    expect(h.detectCalls()).toBe(calls); // live cells' renders cost no detection
    clock += 1000;
    fire();
    await h.flush();
    expect(badges(cell)).toHaveLength(0); // still within 2 s of its last render
    clock += 1000;
    fire();
    await h.flush();
    expect(texts(cell)).toEqual(['$70,219']); // settled: badged again
  });

  it('follows a framework that replaces the price element', async () => {
    await start('<div id="t"><span>$70,123</span></div>');
    const [badge] = badges();
    const t = document.querySelector('#t')!;
    const next = document.createElement('span');
    next.textContent = '$70,999';
    t.replaceChild(next, t.firstChild!);
    await h.flush();
    expect(badges()).toEqual([badge]);
    expect(badge!.dataset.hashfloorText).toBe('$70,999');
  });

  it('removes a badge when its price goes, and badges prices that arrive', async () => {
    await start('<ul id="l"><li id="a">BTC $70,123</li></ul>');
    document.querySelector('#a')!.remove();
    await h.flush();
    expect(badges()).toHaveLength(0);
    const li = document.createElement('li');
    li.textContent = 'BTC $71,000';
    document.querySelector('#l')!.append(li);
    await h.flush();
    expect(texts()).toEqual(['$71,000']);
  });

  it('re-renders every badge when the snapshot changes', async () => {
    await start('<p>A $70,000</p><p>B $100,000</p>');
    const before = badges().map((b) => b.dataset.hashfloorGap);
    const cheaper = { ...SNAPSHOT, cost: { ...SNAPSHOT.cost, costUsd: 50_000 } };
    h.setState({ snapshot: cheaper });
    expect(badges().map((b) => b.dataset.hashfloorGap)).toEqual(['0.4', '1']);
    expect(before).not.toEqual(['0.4', '1']);
  });

  it('keeps badges (same elements) across a style change', async () => {
    await start('<p>BTC $70,000</p>');
    const before = badges();
    h.setState({ settings: { ...DEFAULT_SETTINGS, badgeStyle: 'multiple' } });
    await h.flush();
    expect(badges()).toEqual(before);
  });
});

describe('overlay: switches and teardown', () => {
  it('pauses and resumes live', async () => {
    await start('<p>BTC $70,000</p>');
    h.setState({ settings: { ...DEFAULT_SETTINGS, paused: true } });
    expect(badges()).toHaveLength(0);
    h.setState({ settings: DEFAULT_SETTINGS });
    await h.flush();
    expect(badges()).toHaveLength(1);
  });

  it('honours the per-site switch and the allowlist mode', async () => {
    await start('<p>BTC $70,000</p>', { host: 'www.news.test' });
    h.setState({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.test'] } });
    expect(badges()).toHaveLength(0);
    h.setState({ settings: { ...DEFAULT_SETTINGS, siteMode: 'allowlist', allowedSites: ['news.test'] } });
    await h.flush();
    expect(badges()).toHaveLength(1);
    h.setState({ settings: { ...DEFAULT_SETTINGS, siteMode: 'allowlist', allowedSites: ['other.test'] } });
    expect(badges()).toHaveLength(0);
  });

  it('shows nothing without a snapshot', async () => {
    document.body.innerHTML = '<p>BTC $70,000</p>';
    h = startTestOverlay();
    h.setState({ snapshot: null });
    await h.flush();
    expect(badges()).toHaveLength(0);
  });

  it('tears everything down when the context is invalidated', async () => {
    await start('<p>BTC $70,000</p>');
    h.ctx.abort();
    expect(badges()).toHaveLength(0);
    const calls = h.detectCalls();
    document.body.innerHTML = '<p>BTC $71,000</p>';
    await h.flush();
    expect(badges()).toHaveLength(0);
    expect(h.detectCalls()).toBe(calls);
  });
});

describe('overlay: language of the text', () => {
  it("passes the nearest lang attribute to the detector, else the page's", async () => {
    const seen: (string | undefined)[] = [];
    document.documentElement.lang = 'en';
    await start('<p lang="de">Bitcoin kostet 64.500 €.</p><p>Bitcoin at $70,123.</p>', {
      detect: (_text, options) => {
        seen.push(options?.locale);
        return [];
      },
    });
    expect(seen).toEqual(['de', 'en']);
    document.documentElement.lang = '';
  });

  // Bengali news writes its prices in Bengali digits (tests/unit/detect/real/dev/bn-ekhon-tv.ts); the
  // detector reads them, and the shipped amount hint must let their text through to it.
  it('badges prices written in Bengali digits, with the detector and amount hint the product ships', async () => {
    await start('<p lang="bn">সোমবার বিটকয়েনের দাম ৬৮ হাজার ডলার ছাড়িয়েছে।</p>', {
      detect: detectPrices,
      amountHint: AMOUNT_HINT,
    });
    expect(texts()).toEqual(['৬৮ হাজার ডলার']);
    expect(badges()[0]!.dataset.hashfloorUsd).toBe('68000');
  });
});
