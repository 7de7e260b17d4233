import { describe, expect, it } from 'vitest';
import { hashRibbons, puellMultiple } from '../../../lib/economics/metrics';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { buildSnapshot } from '../../../lib/snapshot/build';
import type { Market } from '../../../lib/snapshot/market';
import { projectedCost, retargetRatio } from '../../../lib/snapshot/projected';
import { fetchAdjustment, fetchChainStats, fetchPrice } from '../../../lib/sources/chain';
import { createCooldownBook } from '../../../lib/sources/cooldown';
import { createFakeNet } from '../sources/fake-net';

// The snapshot pipeline checks itself: what it builds always reads back.

async function goodMarket(): Promise<Market> {
  const net = createFakeNet();
  const ctx = { http: net.http, book: createCooldownBook() };
  const chain = (await fetchChainStats(ctx, null)).value!;
  return {
    price: (await fetchPrice(ctx, null)).value,
    network: chain.network,
    rewards: chain.rewards,
    adjustment: (await fetchAdjustment(ctx)).value,
  };
}
const health = { stale: false, failing: false, lastGoodAt: 0, lastAttemptAt: 0, errors: [] };
const build = (market: Market) => buildSnapshot(market, DEFAULT_SETTINGS, null, health, 1);

describe('buildSnapshot self-check', () => {
  it('an input that fails its schema (EUR = Infinity) is a data error, not a snapshot', async () => {
    const market = await goodMarket();
    expect(build(market).ok).toBe(true);
    const bad = {
      ...market,
      price: { ...market.price!, perCurrency: { ...market.price!.perCurrency, EUR: Infinity } },
    };
    expect(build(bad)).toEqual({
      ok: false,
      missing: false,
      error: expect.stringMatching(/market inputs.*EUR/),
    });
  });

  it('an impossible retarget gives no projected cost rather than an absurd one', async () => {
    const market = await goodMarket();
    for (const changePercent of [5000, -100, 1e308]) {
      const built = build({ ...market, adjustment: { ...market.adjustment!, changePercent } });
      expect(built.ok && built.snapshot.projectedCostUsd).toBeNull();
    }
  });
});

describe('projected cost', () => {
  const energy = { model: 'energy', costUsd: 85_000 } as Parameters<typeof projectedCost>[0];
  it('only inside the ×4 / ÷4 clamp, and only when the reference cost stays plausible', () => {
    expect(retargetRatio(-75)).toBe(0.25);
    expect(retargetRatio(300.1)).toBeNull();
    expect(projectedCost(energy, -11.16, 85_000)).toBeCloseTo(85_000 * 0.8884, 6);
    expect(projectedCost(energy, 200, 85_000)).toBeNull(); // $255k: outside $30k–$200k
    expect(projectedCost(energy, undefined, 85_000)).toBeNull();
  });
});

describe('metrics never NaN', () => {
  it('Puell and Hash Ribbons are null when a day overflows', () => {
    const year = Array.from({ length: 365 }, () => 1e6);
    expect(puellMultiple([...year.slice(1), Infinity])).toBeNull();
    expect(puellMultiple([Infinity, ...year.slice(1)])).toBeNull();
    expect(hashRibbons([...year.slice(1), Infinity])).toBeNull();
    expect(puellMultiple(year)).toBe(1);
  });
});
