import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createRefresher } from '../../../lib/background/refresher';
import { loadSnapshot } from '../../../lib/background/state';
import { implausible } from '../../../lib/economics/guards';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { MarketSchema } from '../../../lib/snapshot/market';
import { readSnapshot } from '../../../lib/snapshot/schema';
import { fetchChainStats } from '../../../lib/sources/chain';
import { createCooldownBook } from '../../../lib/sources/cooldown';
import { NetworkQuoteSchema } from '../../../lib/sources/quotes';
import { createFakeBrowser } from '../background/fake-browser';
import { createFakeNet, fixture, fixtureJson } from '../sources/fake-net';

// Bugs the fuzz tests (refresh-mutated.test.ts) once found in lib, each pinned with the concrete input
// that showed it: every test asserts the fixed behaviour, so a bug that comes back fails here by name.

const PRICES = 'mempool.space/api/v1/prices';
const ADJUSTMENT = 'mempool.space/api/v1/difficulty-adjustment';

/** A good refresh, then one endpoint serves `body` and its tier is refetched one minute later. */
async function goodThen(key: string, body: string) {
  const net = createFakeNet();
  const { local } = createFakeBrowser();
  const refresher = createRefresher({ http: net.http, local, loadSettings: async () => DEFAULT_SETTINGS });
  const good = await refresher.refresh();
  net.serve(key, body);
  net.advance(60_000);
  await local.remove('fetchLog');
  const after = await refresher.refresh();
  const stored = await local.get(['snapshot', 'market']);
  return { good, after, stored, local };
}

describe('fixed bugs, bad data from the APIs', () => {
  // Bug A: lib/sources/mempool.ts:70 (also coingecko.ts:25, coinbase.ts:22 via a 400-digit decimal)
  // accepts any number > 0 for a non-USD currency, Infinity included; chain.ts:75 guards only USD.
  // The snapshot then holds perCurrency.EUR = Infinity: it fails SnapshotSchema, so the next read
  // discards it (the last good snapshot is lost) and the stored market no longer parses either.
  it('bug A: a non-USD price of 1e400 (Infinity) makes the stored snapshot and market unreadable', async () => {
    const { stored, local } = await goodThen(PRICES, fixture(PRICES).replace('64500', '1e400'));
    expect(z.safeParse(MarketSchema, stored.market).success).toBe(true);
    expect(await loadSnapshot(local)).not.toBeNull();
  });

  // Bug A2: same lines: non-USD prices have no plausibility guard at all (docs/domain.md §4 "price
  // plausibility"). mempool EUR = 0.000001 is stored: usdPer.EUR ≈ 7e10, EUR badges show nonsense.
  it('bug A2: a non-USD price off by orders of magnitude (EUR 0.000001) is accepted', async () => {
    const { after } = await goodThen(PRICES, fixture(PRICES).replace('64500', '0.000001'));
    expect(after?.price.usdPer.EUR).toBeGreaterThan(0.5);
    expect(after?.price.usdPer.EUR).toBeLessThan(2);
  });

  // Bug C: lib/snapshot/build.ts:48-53 `projected()` trusts difficultyChange (mempool.ts:130, no guard):
  // 1e308 % gives projectedCostUsd = Infinity, which fails SnapshotSchema: the stored snapshot is lost.
  it('bug C: difficultyChange 1e308 stores a snapshot with projectedCostUsd = Infinity', async () => {
    const { stored } = await goodThen(ADJUSTMENT, fixture(ADJUSTMENT).replace('-11.16', '1e308'));
    expect(readSnapshot(stored.snapshot)).not.toBeNull();
  });

  // Bug C2: same place: a retarget is clamped to ×4 / ÷4 (docs/domain.md §1: −75 % … +300 %), yet +5000 %
  // is accepted and projectedCostUsd ≈ $4.3M (−100 % gives $0) is marked valid, outside $30k–$200k.
  it('bug C2: an impossible retarget (+5000 %) gives an implausible projected cost marked valid', async () => {
    const { after } = await goodThen(ADJUSTMENT, fixture(ADJUSTMENT).replace('-11.16', '5000'));
    const projected = after?.projectedCostUsd ?? null;
    expect(projected === null || implausible('costUsd', projected) === null).toBe(true);
  });

  // Bug D: lib/sources/mempool-history.ts + lib/snapshot/history.ts guard no value of the daily series.
  // One finite but absurd day (avgHashrate 1e305 H/s) overflows dailyIssuanceUsd to Infinity, so
  // build.ts:116 puellMultiple = Infinity/Infinity = NaN and the stored snapshot fails its schema.
  it('bug D: one absurd day in the 1y hashrate series makes puellMultiple NaN and the snapshot unreadable', async () => {
    const key = 'mempool.space/api/v1/mining/hashrate/1y';
    const series = fixtureJson(key) as { hashrates: Array<{ avgHashrate: number }> };
    series.hashrates.at(-1)!.avgHashrate = 1e305;
    const { stored } = await goodThen(key, JSON.stringify(series));
    expect(readSnapshot(stored.snapshot)).not.toBeNull();
  });

  // Bug G: an empty series passes its schema (lib/sources/mempool-history.ts:9-15, no minimum length),
  // buildHistory (lib/snapshot/history.ts) then skips every day, and lib/background/refresher.ts:84/96
  // stores it over the good year: chart, Hash Ribbons and Puell vanish for a day, with no health error.
  it('bug G: an empty rewards series ([]) replaces the stored year of history with zero days', async () => {
    const key = 'mempool.space/api/v1/mining/blocks/rewards/1y';
    const net = createFakeNet();
    const { local } = createFakeBrowser();
    const refresher = createRefresher({ http: net.http, local, loadSettings: async () => DEFAULT_SETTINGS });
    const good = await refresher.refresh();
    net.serve(key, '[]');
    net.advance(24 * 3_600_000);
    const after = await refresher.refresh();
    expect(((await local.get('history')).history as { days: unknown[] }).days.length).toBeGreaterThan(300);
    expect(after?.metrics).toEqual(good?.metrics);
  });

  // Bug B (minor): lib/sources/mempool.ts:107-117 accepts any digit string as the tip height, so
  // "9007199254740993" (or 400 digits → Infinity) yields a NetworkQuote its own schema rejects. The
  // refresh is saved by the cost guard (subsidy 0 → ~$17.8M), but the chain result is marked valid.
  it('bug B: a tip height beyond MAX_SAFE_INTEGER is returned as a valid network quote', async () => {
    const net = createFakeNet();
    net.fail('api.blockchain.info', { status: 503 });
    net.serve('mempool.space/api/blocks/tip/height', '9007199254740993');
    const { value } = await fetchChainStats({ http: net.http, book: createCooldownBook() }, null);
    expect(value === null || z.safeParse(NetworkQuoteSchema, value.network).success).toBe(true);
  });
});
