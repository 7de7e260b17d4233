import { describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/background/service';
import { readSnapshot } from '../../../lib/snapshot/schema';
import { DEFAULT_COOLDOWN } from '../../../lib/sources/cooldown';
import { ALL_HOSTS, createFakeNet, fixtureJson } from '../sources/fake-net';
import { createFakeBrowser } from './fake-browser';

// When the network comes back, the alarms still respect the cool-downs (no request
// storm), health says when they will next try, and the popup's Refresh tries at once.

const MIN = 60_000;
const PRICES = 'mempool.space/api/v1/prices';
const PRICE_SOURCES = ['mempool.space', 'Coinbase', 'Kraken', 'CoinGecko'];

async function cooledDown() {
  const fake = createFakeBrowser();
  const net = createFakeNet();
  const bg = startBackground(fake.browser, net.http);
  await bg.ready;
  for (const host of ALL_HOSTS) net.fail(host, { offline: true });
  // Down until every price source is cooling for longer than the next price alarm (2 min).
  const coolingFor = async () => {
    const book = (await fake.local.get('sourceHealth')).sourceHealth as Record<string, { until: number }>;
    return Math.min(...PRICE_SOURCES.map((s) => (book?.[s]?.until ?? 0) - net.now()));
  };
  do {
    net.advance(2 * MIN);
    await bg.refresh();
  } while ((await coolingFor()) <= 2 * MIN);
  net.heal();
  net.serve(PRICES, { ...(fixtureJson(PRICES) as object), time: net.now() / 1000 });
  net.resetCounts();
  const stored = async () => readSnapshot((await fake.local.get('snapshot')).snapshot);
  return { fake, net, bg, stored };
}

describe('user refresh through cool-downs', () => {
  it('alarms keep the back-off; health and the icon say when the next automatic try is', async () => {
    const { fake, net, bg, stored } = await cooledDown();
    net.advance(2 * MIN);
    fake.fireAlarm('hashfloor:price');
    await bg.refresh();
    // Only a source that is not cooling (blockchain.info, a rarely used fallback) may be asked.
    expect([...net.counts.keys()].filter((key) => !key.startsWith('api.blockchain.info'))).toEqual([]);
    const health = (await stored())?.health;
    expect(health).toMatchObject({ failing: true, stale: true });
    expect(health?.nextAttemptAt).toBeGreaterThan(net.now());
    expect(health?.nextAttemptAt).toBeLessThanOrEqual(net.now() + DEFAULT_COOLDOWN.maxMs);
    expect(fake.view().title).toMatch(/Next automatic try in \d+ min; Refresh in the popup tries now/);
  });

  it('the Refresh message tries once through the cool-downs, shared by concurrent presses', async () => {
    const { fake, net } = await cooledDown();
    net.advance(MIN);
    const answers = (await Promise.all([
      fake.send({ type: 'refresh' }),
      fake.send({ type: 'refresh' }),
      fake.send({ type: 'getSnapshot' }),
    ])) as Array<{ snapshot: { health: Record<string, unknown> } | null; error?: string }>;
    for (const answer of answers.slice(0, 2)) {
      expect(answer.error).toBeUndefined();
      expect(answer.snapshot?.health).toMatchObject({ stale: false, failing: false });
      expect(answer.snapshot?.health.nextAttemptAt).toBeUndefined();
    }
    expect(net.count(PRICES)).toBe(1);
    for (const [key, count] of net.counts) expect({ key, count }).toEqual({ key, count: 1 });
    const cooldowns = (await fake.local.get('sourceHealth')).sourceHealth as Record<string, unknown>;
    expect(cooldowns['mempool.space']).toBeUndefined();
  });

  it('with healthy data, Refresh fetches only what is due (no extra requests)', async () => {
    const fake = createFakeBrowser();
    const net = createFakeNet();
    await startBackground(fake.browser, net.http).ready;
    net.resetCounts();
    net.advance(30_000);
    await fake.send({ type: 'refresh' });
    expect(net.total()).toBe(0);
  });
});
