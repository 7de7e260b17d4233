import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import {
  energyCostUsd,
  energyEstimate,
  manualEstimate,
  publishedEstimate,
  regressionEstimate,
} from '../../../lib/economics/cost-models';
import { costRange } from '../../../lib/economics/cost-range';
import { hashpriceBtc } from '../../../lib/economics/hashprice';
import {
  breakEvenUsdPerKwh,
  hashRibbons,
  projectedCostUsd,
  puellMultiple,
} from '../../../lib/economics/metrics';
import { blocksPerDay, impliedHashrateHs, subsidyBtc } from '../../../lib/economics/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { dailyHashrates, dailyIssuanceUsd, type History, HistorySchema } from '../../../lib/snapshot/history';
import { type Snapshot, SnapshotSchema } from '../../../lib/snapshot/schema';
import { RatesSchema } from '../../../lib/sources/coinbase';
import { PAGE_CURRENCIES, usdPerUnit } from '../../../lib/sources/page-rates';

// A realistic, schema-valid snapshot and a year of history for seeding storage in e2e tests:
// early February 2026 (docs/domain.md §7): BTC $70,120, difficulty 141.67 T, energy-model cost ≈ $84.6k.

const DAY_MS = 86_400_000;
const RATES_FILE = resolve(import.meta.dirname, '../../fixtures/api/api.coinbase.com/v2/exchange-rates.json');

/**
 * USD per unit of every currency the daily tier fetches a rate for (PAGE_CURRENCIES), from the recorded
 * Coinbase answer the fake API serves: the background rebuilds the snapshot from that answer, and the
 * corpus pages must be read with the rates the product would have (tests/e2e/corpus.spec.ts).
 */
const PAGE_RATES = usdPerUnit(RatesSchema.parse(JSON.parse(readFileSync(RATES_FILE, 'utf8'))).data.rates);
const missingRates = PAGE_CURRENCIES.filter((code) => !(code in PAGE_RATES));
if (missingRates.length)
  throw new Error(`${RATES_FILE}: no rate for ${missingRates.join(', ')}, which the daily tier fetches`);

export const FIXTURE = {
  priceUsd: 70_120,
  difficulty: 141_668_107_417_558,
  height: 935_424,
  avgFeesBtc: 0.0157,
  hashrate7dHs: 913e18,
  changePercent: 3.21,
} as const;
/** BTC per unit of each currency, consistent with FIXTURE.priceUsd. */
const PER_CURRENCY = {
  USD: 70_120,
  EUR: 64_500,
  GBP: 55_400,
  CAD: 95_900,
  CHF: 62_100,
  AUD: 107_500,
  JPY: 10_980_000,
};

/** Linear interpolation through (day, value) anchors. */
const through = (anchors: Array<[number, number]>) => (day: number) => {
  const i = anchors.findIndex(([d]) => d >= day);
  if (i <= 0) return anchors[Math.max(0, i)]![1];
  const [d0, v0] = anchors[i - 1]!;
  const [d1, v1] = anchors[i]!;
  return v0 + ((v1 - v0) * (day - d0)) / (d1 - d0);
};

/** 365 daily points ending the day before `now`: price up to ~$118k in autumn, down to ~$70k now. */
export function makeHistory(now = Date.now()): History {
  const price = through([
    [0, 94_000],
    [120, 106_000],
    [270, 118_000],
    [330, 90_000],
    [364, FIXTURE.priceUsd],
  ]);
  const difficulty = through([
    [0, 109.8e12],
    [290, 155.97e12],
    [364, FIXTURE.difficulty],
  ]);
  const end = Math.floor(now / DAY_MS) * DAY_MS - DAY_MS;
  const reward = subsidyBtc(FIXTURE.height) + FIXTURE.avgFeesBtc;
  const days = Array.from({ length: 365 }, (_, i) => {
    const d = difficulty(i);
    const wiggle = 1 + 0.03 * Math.sin(i / 5);
    return {
      t: end - (364 - i) * DAY_MS,
      priceUsd: Math.round(price(i) * (1 + 0.02 * Math.sin(i / 3))),
      difficulty: d,
      hashrateHs: impliedHashrateHs(d) * wiggle * (i > 330 ? 0.93 : 1),
      rewardBtc: reward,
      height: FIXTURE.height - (364 - i) * 144,
      costUsd: energyCostUsd(DEFAULT_SETTINGS.energy, d, reward),
    };
  });
  return z.parse(HistorySchema, { days, fetchedAt: now - 3 * 3_600_000 });
}

export interface SnapshotOptions {
  now?: number;
  /** Age of the data: computedAt/fetchedAt this long before `now` (default 2 minutes). */
  ageMs?: number;
  health?: Partial<Snapshot['health']>;
  costModel?: Snapshot['cost']['model'];
}

/** A valid Snapshot as the background would build it from FIXTURE and makeHistory(). */
export function makeSnapshot({
  now = Date.now(),
  ageMs = 120_000,
  health,
  costModel = 'energy',
}: SnapshotOptions = {}): Snapshot {
  const at = now - ageMs;
  const source = 'mempool.space';
  const subsidy = subsidyBtc(FIXTURE.height);
  const reward = subsidy + FIXTURE.avgFeesBtc;
  const live = {
    difficulty: FIXTURE.difficulty,
    rewardPerBlockBtc: reward,
    height: FIXTURE.height,
    asOf: at,
    source,
  };
  const models = {
    energy: energyEstimate(DEFAULT_SETTINGS.energy, live),
    regression: regressionEstimate(live, 'regression'),
    regression2022: regressionEstimate(live),
    published: publishedEstimate(DEFAULT_SETTINGS.publishedId, now),
    manual: manualEstimate(DEFAULT_SETTINGS.manualCostUsd, now),
  };
  const cost = models[costModel] ?? models.energy;
  const btcPerPhDay = hashpriceBtc(FIXTURE.difficulty, reward);
  const usdPerPhDay = btcPerPhDay * FIXTURE.priceUsd;
  const multiple = FIXTURE.priceUsd / cost.costUsd;
  const history = makeHistory(now);
  const usdPer = Object.fromEntries(Object.entries(PER_CURRENCY).map(([c, v]) => [c, FIXTURE.priceUsd / v]));
  const snapshot = {
    schemaVersion: 1,
    computedAt: at,
    price: { usd: FIXTURE.priceUsd, perCurrency: PER_CURRENCY, usdPer, source, fetchedAt: at },
    // As the daily tier stores them (lib/sources/page-rates.ts): won, rupee, lira … in USD per unit.
    pageRates: PAGE_RATES,
    network: {
      difficulty: FIXTURE.difficulty,
      hashrateHs: 934e18,
      hashrate7dHs: FIXTURE.hashrate7dHs,
      height: FIXTURE.height,
      source,
      fetchedAt: at,
    },
    rewards: {
      subsidyBtc: subsidy,
      avgFeesBtc: FIXTURE.avgFeesBtc,
      rewardPerBlockBtc: reward,
      issuedPerDayBtc: blocksPerDay(FIXTURE.hashrate7dHs, FIXTURE.difficulty) * subsidy,
      source,
      fetchedAt: at,
    },
    adjustment: {
      changePercent: FIXTURE.changePercent,
      retargetAt: now + 6 * DAY_MS,
      remainingBlocks: 871,
      progressPercent: 56.8,
      source,
      fetchedAt: at,
    },
    hashprice: { btcPerPhDay, usdPerPhDay },
    models,
    cost,
    gap: multiple - 1,
    multiple,
    band: multiple < 0.8 ? 'below' : multiple > 1.2 ? 'above' : 'near',
    costRange: costRange(FIXTURE.difficulty, reward),
    projectedCostUsd: projectedCostUsd(cost.costUsd, FIXTURE.changePercent),
    breakEvenUsdPerKwh: breakEvenUsdPerKwh(usdPerPhDay, DEFAULT_SETTINGS.energy.efficiencyJPerTh),
    metrics: {
      hashRibbons: hashRibbons(dailyHashrates(history)),
      puellMultiple: puellMultiple(dailyIssuanceUsd(history)),
    },
    health: { stale: false, failing: false, lastGoodAt: at, lastAttemptAt: at, errors: [], ...health },
  };
  return z.parse(SnapshotSchema, snapshot);
}

type ReadStorage = (area: 'local' | 'sync', key: string) => Promise<unknown>;

/**
 * Waits until the background's startup refresh has written its snapshot and history (or
 * `timeoutMs` passes), so data seeded afterwards is not overwritten by that first refresh.
 */
export async function backgroundSettled(readStorage: ReadStorage, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [snapshot, history] = await Promise.all([
      readStorage('local', 'snapshot'),
      readStorage('local', 'history'),
    ]);
    if (snapshot !== undefined && history !== undefined) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
