// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchForBitcoin } from '../../../lib/gate/watch';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function gate(url = 'https://example.test/markets') {
  let href = url;
  let alive = true;
  let opened = 0;
  const stop = watchForBitcoin({
    document,
    href: () => href,
    MutationObserver,
    alive: () => alive,
    open: () => opened++,
  });
  return {
    opened: () => opened,
    navigate: (to: string) => {
      href = to;
    },
    kill: () => {
      alive = false;
    },
    revive: () => {
      alive = true;
    },
    stop,
  };
}

afterEach(() => {
  document.title = '';
  document.body.replaceChildren();
});

describe('watchForBitcoin', () => {
  it('opens at once when the title, the URL or the readable text names Bitcoin', () => {
    document.title = 'Bitcoin price today';
    expect(gate().opened()).toBe(1);
    document.title = 'Markets';
    expect(gate('https://exchange.test/trade/BTC_USDT').opened()).toBe(1);
    document.body.innerHTML = '<p>The coin is <b>Bit</b>coin, at $70,123.</p>';
    expect(gate().opened()).toBe(1);
  });

  it('finds a name split across elements deep into a long page', () => {
    const filler = 'Weather and gardening notes. '.repeat(35); // 1,015 characters: "Bit" ends the first piece
    document.body.innerHTML = `<p>${filler}</p><p>The end: Bit<i>coin</i> at $70,123.</p>`;
    expect(gate().opened()).toBe(1);
    document.body.innerHTML = `<p>${filler}</p><p>The end: gardening tips.</p>`;
    expect(gate().opened()).toBe(0);
  });

  it('reads open shadow roots (nested too), never closed ones, and watches the roots it found', async () => {
    document.title = 'Widgets';
    const host = document.createElement('quote-card');
    document.body.append(host);
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Bitcoin at $70,123</p>';
    const other = document.createElement('price-card');
    document.body.append(other);
    const open = other.attachShadow({ mode: 'open' });
    open.innerHTML = '<div><inner-card></inner-card></div>';
    const inner = open.querySelector('inner-card')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>$70,123</span>';
    const g = gate();
    expect(g.opened()).toBe(0);
    inner.querySelector('span')!.textContent = 'BTC $70,456';
    await settle();
    expect(g.opened()).toBe(1);
  });

  it('reads a long body near the view first and opens as the reader nears a mention further down', () => {
    let scrollY = 0;
    const view = new EventTarget();
    for (let i = 0; i < 200; i++) {
      const p = document.createElement('p');
      p.textContent = i === 150 ? 'Bitcoin traded at $70,123.' : `Weather note ${i}.`;
      p.getBoundingClientRect = () =>
        ({ top: i * 100 - scrollY, bottom: (i + 1) * 100 - scrollY }) as DOMRect;
      document.body.append(p);
    }
    let opened = 0;
    watchForBitcoin({
      document,
      href: () => 'https://example.test/garden',
      MutationObserver,
      alive: () => true,
      open: () => opened++,
      nearView: { view, viewHeight: () => 600 },
    });
    expect(opened).toBe(0);
    const scrollTo = (y: number) => {
      scrollY = y;
      view.dispatchEvent(new Event('scroll'));
    };
    scrollTo(10_000);
    expect(opened).toBe(0);
    scrollTo(13_300); // paragraph 150 starts 1,700 px below the view's top: within reach
    expect(opened).toBe(1);
    scrollTo(20_000);
    expect(opened).toBe(1);
  });

  it('stays shut when only scripts, styles or templates name it', () => {
    document.title = 'Weather';
    document.body.innerHTML =
      '<p>Sunny, 24 degrees.</p><script>var ad = "bitcoin";</script><style>.btc{}</style><template>BTC</template>';
    expect(gate().opened()).toBe(0);
  });

  it('opens when readable text names it beside scripts that name it more often', () => {
    document.title = 'Weather';
    document.body.innerHTML =
      '<script>var ads = ["bitcoin", "BTC", "xbt"];</script><p>Sunny. Bitcoin rose to $70,123.</p><style>.btc{}</style>';
    expect(gate().opened()).toBe(1);
  });

  it('opens, once, when Bitcoin text arrives later; not for other text', async () => {
    document.body.innerHTML = '<main><p>Stocks opened higher.</p></main>';
    const g = gate();
    document
      .querySelector('main')!
      .append(Object.assign(document.createElement('p'), { textContent: 'Gold $2,400' }));
    await settle();
    expect(g.opened()).toBe(0);
    const p = Object.assign(document.createElement('p'), { textContent: 'BTC traded at $70,123.' });
    document.querySelector('main')!.append(p);
    await settle();
    expect(g.opened()).toBe(1);
    p.append(' Bitcoin again.');
    await settle();
    expect(g.opened()).toBe(1);
  });

  it('opens when a ticker rewrites a text node to name Bitcoin', async () => {
    document.body.innerHTML = '<span id="t">EUR/USD 1.08</span>';
    const g = gate();
    (document.getElementById('t')!.firstChild as Text).data = 'BTC/USD 70,123';
    await settle();
    expect(g.opened()).toBe(1);
  });

  it('opens on an SPA navigation to a Bitcoin URL, seen with the next DOM change', async () => {
    document.body.innerHTML = '<div id="app">Home</div>';
    const g = gate();
    g.navigate('https://example.test/coins/bitcoin');
    document.getElementById('app')!.textContent = 'Loading';
    await settle();
    expect(g.opened()).toBe(1);
  });

  it('reads the body only later, when told, and not at all once stopped', () => {
    document.body.innerHTML = '<p>Bitcoin traded at $70,123.</p>';
    const queued: Array<() => void> = [];
    let opened = 0;
    const deps = {
      document,
      href: () => 'https://example.test/',
      MutationObserver,
      alive: () => true,
      open: () => opened++,
      later: (cb: () => void) => queued.push(cb),
    };
    watchForBitcoin(deps);
    expect(opened).toBe(0);
    queued.shift()!();
    expect(opened).toBe(1);
    watchForBitcoin(deps)();
    queued.shift()!();
    expect(opened).toBe(1);
  });

  it('stops watching once the extension is gone, or when stopped', async () => {
    document.body.innerHTML = '<div id="app">Home</div>';
    const dead = gate();
    dead.kill();
    const stopped = gate();
    stopped.stop();
    document.getElementById('app')!.textContent = 'Bitcoin $70,123';
    await settle();
    expect([dead.opened(), stopped.opened()]).toEqual([0, 0]);
  });

  it('asks whether the extension lives only before opening and every 64th batch, and then stops', async () => {
    document.body.innerHTML = '<div id="app">Home</div>';
    const left = gate();
    left.kill();
    for (let i = 0; i < 64; i += 1) {
      document.getElementById('app')!.textContent = `Weather ${i}`;
      await settle();
    }
    left.revive();
    document.getElementById('app')!.textContent = 'Bitcoin $70,123';
    await settle();
    expect(left.opened()).toBe(0);
  });
});
