import { beforeAll, describe, expect, it } from 'vitest';
import { startBackground } from '../../../lib/background/service';
import { readSnapshot, type Snapshot } from '../../../lib/snapshot/schema';
import { DEFAULT_COOLDOWN } from '../../../lib/sources/cooldown';
import { createFakeBrowser } from '../background/fake-browser';
import { ALL_HOSTS, createFakeNet, type FakeNet, fixtureJson } from '../sources/fake-net';

// "Offline for days", on a fake clock: a background with a good snapshot, then every source
// down for 3 days while the alarms fire at their default periods (price 2 min, network 15 min,
// history 24 h). Requests stay bounded by the per-host cool-down; the snapshot keeps its numbers,
// stale with its age; when the network returns the data recovers, without a request storm.

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const PRICES = 'mempool.space/api/v1/prices';
const PERIODS = { 'hashfloor:price': 2, 'hashfloor:network': 15, 'hashfloor:history': 24 * 60 };

async function start() {
  const fake = createFakeBrowser();
  const net = createFakeNet();
  const bg = startBackground(fake.browser, net.http);
  await bg.ready;
  const good = readSnapshot((await fake.local.get('snapshot')).snapshot);
  if (!good) throw new Error('no good snapshot');
  /** Advances the clock minute by minute for `minutes`, firing each alarm when its period elapses. */
  async function live(minutes: number) {
    for (let m = 1; m <= minutes; m++) {
      net.advance(MIN);
      const elapsed = Math.round((net.now() - good!.computedAt) / MIN);
      const due = Object.keys(PERIODS).filter(
        (name) => elapsed % PERIODS[name as keyof typeof PERIODS] === 0,
      );
      for (const name of due) fake.fireAlarm(name);
      if (due.length) await bg.refresh();
    }
  }
  const stored = async () => readSnapshot((await fake.local.get('snapshot')).snapshot);
  return { fake, net, bg, good, live, stored };
}
/** mempool's prices endpoint with a current `time` (the recorded one is hours old by then). */
const currentPrices = (net: FakeNet) =>
  net.serve(PRICES, { ...(fixtureJson(PRICES) as object), time: net.now() / 1000 });
const numbers = (s: Snapshot | null) => s && { price: s.price, network: s.network, cost: s.cost, gap: s.gap };

describe('offline for days', () => {
  let world: Awaited<ReturnType<typeof start>>;
  const perDay: Array<Record<string, number>> = [];
  beforeAll(async () => {
    world = await start();
    for (const host of ALL_HOSTS) world.net.fail(host, { offline: true });
  });

  it('3 days with every source down: requests per day bounded by the per-host cool-down; last good numbers kept, stale with age', async () => {
    const { net, good, live, stored } = world;
    for (let day = 0; day < 3; day++) {
      net.resetCounts();
      await live(24 * 60);
      perDay.push(Object.fromEntries(net.counts));
      const snapshot = await stored();
      expect(numbers(snapshot)).toEqual(numbers(good));
      expect(snapshot?.health).toMatchObject({
        stale: true,
        failing: true,
        lastGoodAt: good.health.lastGoodAt,
      });
      expect(snapshot?.health.lastAttemptAt).toBeGreaterThan(net.now() - 3 * MIN);
      expect((snapshot?.health.lastAttemptAt ?? 0) - (snapshot?.health.lastGoodAt ?? 0)).toBeGreaterThan(
        (day + 1) * DAY - 3 * MIN,
      );
    }
    expect(world.fake.view()).toMatchObject({
      text: '-17!',
      title: expect.stringContaining('updated 3 days ago'),
    });
    console.info('fetch calls per endpoint per offline day (3 tries per request):', perDay);
    // Once cooling, each host gets one request per max back-off (60 min), each tried 3 times (2 retries);
    // day 1 adds the ramp-up (3 failures, then 5, 10, 20, 40 min).
    const perRequest = 3;
    const steady = (DAY / DEFAULT_COOLDOWN.maxMs + 1) * perRequest;
    for (const [day, counts] of perDay.entries()) {
      for (const count of Object.values(counts))
        expect(count).toBeLessThanOrEqual(day === 0 ? steady + 6 * perRequest : steady);
    }
  }, 30_000);

  it('network back: fresh again once the cool-downs run out (at most 60 min), then one request per interval', async () => {
    const { net, live, stored } = world;
    net.heal();
    net.resetCounts();
    let minutes = 0;
    while ((await stored())?.health.stale !== false && minutes < 120) {
      currentPrices(net);
      await live(1);
      minutes++;
    }
    console.info(
      `fresh again ${minutes} min after the network came back; fetch calls:`,
      Object.fromEntries(net.counts),
    );
    expect((await stored())?.health).toMatchObject({ stale: false, failing: false });
    expect(minutes).toBeLessThanOrEqual(DEFAULT_COOLDOWN.maxMs / MIN + 2);
    for (const count of net.counts.values()) expect(count).toBeLessThanOrEqual(1 + Math.ceil(minutes / 2));
  }, 30_000);

  // By design alarms wait out the cool-downs (asserted above: fresh within 60 min, no storm); a user's
  // Refresh goes through them at once (tests/unit/background/force-refresh.test.ts).

  it('laptop asleep 3 days (no alarms), then wakes: one alarm burst fetches each endpoint once', async () => {
    const { fake, net, bg, stored } = await start();
    net.resetCounts();
    net.advance(3 * DAY);
    currentPrices(net);
    for (const name of Object.keys(PERIODS)) fake.fireAlarm(name);
    await Promise.all(Array.from({ length: 5 }, () => fake.send({ type: 'getSnapshot' })));
    await bg.refresh();
    console.info('requests after a 3-day sleep and one alarm burst:', Object.fromEntries(net.counts));
    for (const count of net.counts.values()) expect(count).toBe(1);
    // Eight endpoints and the daily page-currency rates.
    expect(net.total()).toBe(9);
    expect((await stored())?.health).toMatchObject({ stale: false, failing: false, lastGoodAt: net.now() });
  });
});
