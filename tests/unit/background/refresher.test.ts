import { describe, expect, it } from 'vitest';
import { createRefresher } from '../../../lib/background/refresher';
import type { StorageArea } from '../../../lib/background/state';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { readSnapshot } from '../../../lib/snapshot/schema';
import { ALL_HOSTS, createFakeNet, type FakeNet, fixtureJson } from '../sources/fake-net';
import { createFakeBrowser } from './fake-browser';

const MIN = 60_000;
const NETWORK_ENDPOINTS = [
  'mempool.space/api/v1/mining/hashrate/1m',
  'mempool.space/api/blocks/tip/height',
  'mempool.space/api/v1/mining/reward-stats/144',
  'mempool.space/api/v1/difficulty-adjustment',
];
const HISTORY_ENDPOINTS = [
  'mempool.space/api/v1/mining/hashrate/1y',
  'mempool.space/api/v1/historical-price',
  'mempool.space/api/v1/mining/blocks/rewards/1y',
  // Daily rates for page currencies beyond the display seven (lib/sources/page-rates.ts).
  'api.coinbase.com/v2/exchange-rates',
];
const PRICES = 'mempool.space/api/v1/prices';

function setup(net: FakeNet = createFakeNet(), local?: StorageArea, settings: Settings = DEFAULT_SETTINGS) {
  const store = local ?? createFakeBrowser().local;
  const refresher = createRefresher({ http: net.http, local: store, loadSettings: async () => settings });
  return { net, local: store, refresher };
}
const downAll = (net: FakeNet) => {
  for (const host of ALL_HOSTS) net.fail(host, { status: 500 });
};

describe('refresh', () => {
  it('builds a valid snapshot from the recorded responses and stores it with its inputs', async () => {
    const { refresher, local } = setup();
    const snapshot = await refresher.refresh();
    expect(readSnapshot(snapshot)).not.toBeNull();
    expect(snapshot?.price).toMatchObject({ usd: 70123, source: 'mempool.space' });
    expect(snapshot?.price.usdPer.EUR).toBeCloseTo(70123 / 64500, 10);
    expect(snapshot?.cost.model).toBe('energy');
    // D = 141.67 T, R = 3.125 + 0.015 → ≈ $84.8k; $70,123 / cost − 1 ≈ −17 %.
    expect(snapshot?.cost.costUsd).toBeGreaterThan(84_000);
    expect(snapshot?.cost.costUsd).toBeLessThan(86_000);
    expect(Math.round((snapshot?.gap ?? 0) * 100)).toBe(-17);
    expect(snapshot?.band).toBe('near');
    expect(snapshot?.rewards.issuedPerDayBtc).toBeGreaterThan(400);
    expect(snapshot?.adjustment?.changePercent).toBe(-11.16);
    expect(snapshot?.projectedCostUsd).toBeCloseTo((snapshot?.cost.costUsd ?? 0) * (1 - 0.1116), 6);
    expect(snapshot?.metrics.hashRibbons?.state).toBe('capitulation');
    expect(snapshot?.metrics.puellMultiple).toBeGreaterThan(0);
    expect(snapshot?.models.published?.stale).toBe(false); // the fixture clock is 2026-02-05, the figure's date
    expect(snapshot?.health).toMatchObject({ stale: false, failing: false, errors: [] });
    const stored = await local.get(['snapshot', 'market', 'history']);
    expect(readSnapshot(stored.snapshot)).toEqual(snapshot);
    expect((stored.history as { days: unknown[] }).days.length).toBeGreaterThan(300);
  });

  it('network budget: ten tabs, the popup and the alarms inside one interval fetch each endpoint once', async () => {
    const { refresher, net } = setup();
    await Promise.all(Array.from({ length: 12 }, () => refresher.refresh()));
    for (const key of [PRICES, ...NETWORK_ENDPOINTS, ...HISTORY_ENDPOINTS]) expect(net.count(key)).toBe(1);
    net.advance(MIN);
    await Promise.all(Array.from({ length: 11 }, () => refresher.refresh()));
    expect(net.total()).toBe(9);
    net.advance(MIN); // the next price interval
    await Promise.all(Array.from({ length: 11 }, () => refresher.refresh()));
    expect(net.count(PRICES)).toBe(2);
    expect(net.total()).toBe(10);
  });

  it('request counts per hour at the default intervals', async () => {
    const { refresher, net } = setup();
    await refresher.refresh(); // startup: everything
    net.resetCounts();
    // One hour of alarms (price every 2 min, network every 15) plus a popup poll every 20 s.
    for (let t = 20_000; t <= 60 * MIN; t += 20_000) {
      net.advance(20_000);
      await refresher.refresh();
    }
    expect(net.count(PRICES)).toBe(30);
    for (const key of NETWORK_ENDPOINTS) expect(net.count(key)).toBe(4);
    for (const key of HISTORY_ENDPOINTS) expect(net.count(key)).toBe(0);
    expect(net.total()).toBe(46);
  });

  it('primary down: the fallback is used and named, the failure listed but not "failing"', async () => {
    const net = createFakeNet();
    net.fail('mempool.space/api/v1/prices', { status: 500 });
    const snapshot = await setup(net).refresher.refresh();
    expect(snapshot?.price.source).toBe('Coinbase');
    expect(snapshot?.health.failing).toBe(false);
    expect(snapshot?.health.errors).toEqual([
      expect.objectContaining({ source: 'mempool.space', message: 'HTTP 500' }),
    ]);
  });

  it('everything down: the last good snapshot is kept, marked stale with its age, nothing thrown', async () => {
    const { refresher, net } = setup();
    const good = await refresher.refresh();
    downAll(net);
    for (let i = 0; i < 4; i++) {
      net.advance(2 * MIN);
      await expect(refresher.refresh()).resolves.toBeTruthy();
    }
    const kept = await refresher.refresh();
    expect(kept?.price).toEqual(good?.price);
    expect(kept?.cost).toEqual(good?.cost);
    expect(kept?.health.failing).toBe(true);
    expect(kept?.health.stale).toBe(true); // 8 min > 3 × 2-min price interval
    expect(kept?.health.lastGoodAt).toBe(good?.price.fetchedAt);
    expect((kept?.health.lastAttemptAt ?? 0) - (kept?.health.lastGoodAt ?? 0)).toBe(8 * MIN);
    expect(kept?.health.errors.map((e) => e.source)).toContain('CoinGecko');
  });

  it('everything down from the start: no snapshot, no throw, retried politely', async () => {
    const { refresher, net, local } = setup();
    downAll(net);
    expect(await refresher.refresh()).toBeNull();
    const first = net.total();
    expect(await refresher.refresh()).toBeNull(); // within 30 s: not retried
    expect(net.total()).toBe(first);
    expect((await local.get('snapshot')).snapshot).toBeUndefined();
  });

  it('absurd numbers never reach the screen: an implausible cost keeps the last good snapshot', async () => {
    const { refresher, net, local } = setup();
    const good = await refresher.refresh();
    const stats = fixtureJson('mempool.space/api/v1/mining/reward-stats/144') as Record<string, unknown>;
    // Each value passes its own source guard (fees < 10 BTC, D within 50–400 T), but together they
    // put the modelled cost near $8.7k: outside $30k–$200k, so a data error (docs/domain.md §4).
    net.serve('mempool.space/api/v1/mining/reward-stats/144', { ...stats, totalFee: String(144 * 9.9e8) });
    const hashrate = fixtureJson('mempool.space/api/v1/mining/hashrate/1m') as Record<string, unknown>;
    net.serve('mempool.space/api/v1/mining/hashrate/1m', { ...hashrate, currentDifficulty: 60e12 });
    net.advance(15 * MIN);
    const after = await refresher.refresh();
    expect(after?.cost).toEqual(good?.cost);
    expect(after?.network).toEqual(good?.network);
    expect(after?.health.errors.at(-1)?.message).toMatch(/implausible costUsd/);
    const market = (await local.get('market')).market as { network: { difficulty: number } };
    expect(market.network.difficulty).toBe(good?.network.difficulty);
  });

  it('service worker restarted between fetches: the new worker answers from storage without fetching', async () => {
    const first = setup();
    const snapshot = await first.refresher.refresh();
    const net2 = createFakeNet(first.net.now() + 30_000);
    const second = setup(net2, first.local);
    expect(await second.refresher.refresh()).toEqual(snapshot);
    expect(net2.total()).toBe(0);
    net2.advance(2 * MIN);
    await second.refresher.refresh();
    expect(net2.count(PRICES)).toBe(1);
    expect(net2.total()).toBe(1);
  });

  it('corrupt stored snapshot: discarded and refetched', async () => {
    const first = setup();
    await first.refresher.refresh();
    await first.local.set({ snapshot: { schemaVersion: 1, price: 'garbage' } });
    const net2 = createFakeNet(first.net.now() + 10_000);
    const second = setup(net2, first.local);
    const snapshot = await second.refresher.refresh();
    expect(readSnapshot(snapshot)).not.toBeNull();
    expect(net2.count(PRICES)).toBe(1);
    expect(readSnapshot((await first.local.get('snapshot')).snapshot)).toEqual(snapshot);
  });

  it('a settings change rebuilds from stored inputs at once, without fetching', async () => {
    const local = createFakeBrowser().local;
    let settings: Settings = DEFAULT_SETTINGS;
    const net = createFakeNet();
    const refresher = createRefresher({ http: net.http, local, loadSettings: async () => settings });
    await refresher.refresh();
    const before = net.total();
    settings = { ...DEFAULT_SETTINGS, costModel: 'regression' };
    const regression = await refresher.rebuild();
    // With a year of recorded history, the Difficulty Regression is refit since the 2024 halving.
    expect(regression?.cost.label).toBe('Difficulty Regression (refit 2025-02-05 – 2026-02-04)');
    expect(regression?.cost.costUsd).toBeGreaterThan(100_000);
    expect(regression?.cost.costUsd).toBeLessThan(110_000);
    settings = { ...DEFAULT_SETTINGS, costModel: 'regression2022' };
    const old = await refresher.rebuild();
    expect(old?.cost.label).toBe('Difficulty Regression (2022 coefficients)');
    expect(old?.cost.costUsd).toBeLessThan(40_000);
    settings = { ...DEFAULT_SETTINGS, costModel: 'manual', manualCostUsd: 100_000 };
    const manual = await refresher.rebuild();
    expect(manual?.gap).toBeCloseTo(70123 / 100_000 - 1, 10);
    settings = {
      ...DEFAULT_SETTINGS,
      energy: { efficiencyJPerTh: 18, electricityUsdPerKwh: 0.04, overhead: 1.2 },
    };
    const efficient = await refresher.rebuild();
    expect(efficient?.band).toBe('above');
    const history = (await local.get('history')).history as { days: Array<{ costUsd: number }> };
    expect(history.days.at(-1)?.costUsd).toBeLessThan(50_000);
    expect(net.total()).toBe(before);
  });
});

describe('partial data', () => {
  it('a price that arrives while chain stats fail is kept for the next attempt', async () => {
    const net = createFakeNet();
    net.fail('mempool.space/api/v1/mining/hashrate/1m', { status: 500 });
    net.fail('api.blockchain.info', { status: 500 });
    const { refresher, local } = setup(net);
    expect(await refresher.refresh()).toBeNull();
    const market = (await local.get('market')).market as { price: { usd: number } | null };
    expect(market.price?.usd).toBe(70123);
    net.heal();
    net.advance(31_000);
    const snapshot = await refresher.refresh();
    expect(snapshot?.network.source).toBe('mempool.space');
    expect(net.count(PRICES)).toBe(1);
  });
});
