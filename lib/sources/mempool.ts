import * as z from 'zod/mini';
import { DataError, implausible } from '../economics/guards';
import { RETARGET_PERCENT, satsToBtc } from '../economics/protocol';
import { CURRENCIES } from '../settings';
import { getJson, getText, type HttpDeps } from './http';
import {
  type AdjustmentQuote,
  checkAsOf,
  isPrice,
  type NetworkQuote,
  NetworkQuoteSchema,
  type PartialPrices,
  parse,
  type RewardsQuote,
  RewardsQuoteSchema,
} from './quotes';

// mempool.space, the primary source (docs/domain.md §6). Times arrive in seconds except
// difficulty-adjustment (ms); reward-stats are strings in sats; hashrate is H/s.

export const MEMPOOL = 'mempool.space';
export const MEMPOOL_BASE = 'https://mempool.space';
/** mempool refreshes prices about hourly; older than this we prefer a fallback. */
export const MAX_PRICE_AGE_MS = 3 * 3_600_000;

const PricesLooseSchema = z.looseObject({ time: z.number(), USD: z.number().check(z.positive()) });

export const HashrateSchema = z.object({
  hashrates: z.array(z.object({ timestamp: z.number(), avgHashrate: z.number() })),
  difficulty: z.array(
    z.object({
      time: z.optional(z.number()),
      timestamp: z.optional(z.number()),
      height: z.number(),
      difficulty: z.number(),
    }),
  ),
  currentHashrate: z.number().check(z.positive()),
  currentDifficulty: z.number().check(z.positive()),
});
/** The hashrate response with times in ms (difficulty items may say `time` or `timestamp`). */
export interface MempoolHashrate {
  hashrates: Array<{ timestamp: number; avgHashrate: number }>;
  difficulty: Array<{ time: number; height: number; difficulty: number }>;
  currentHashrate: number;
  currentDifficulty: number;
}

const sats = z.string().check(z.regex(/^\d+$/));
const RewardStatsSchema = z.object({
  startBlock: z.number(),
  endBlock: z.number(),
  totalReward: sats,
  totalFee: sats,
});

const AdjustmentSchema = z.object({
  progressPercent: z.number().check(z.gte(0), z.lte(100)),
  difficultyChange: z.number(),
  estimatedRetargetDate: z.number(),
  remainingBlocks: z.number().check(z.int(), z.gte(0), z.lte(2016)),
});

/** GET /api/v1/prices → BTC price per currency; rejects prices older than MAX_PRICE_AGE_MS. */
export async function fetchMempoolPrices(http: HttpDeps): Promise<{ prices: PartialPrices; asOf: number }> {
  const raw = await getJson(http, `${MEMPOOL_BASE}/api/v1/prices`);
  const data: Record<string, unknown> = parse(PricesLooseSchema, raw, 'mempool prices');
  const asOf = checkAsOf((data.time as number) * 1000, http.now(), 'mempool prices');
  const age = http.now() - asOf;
  if (age > MAX_PRICE_AGE_MS) throw new DataError(`mempool prices are ${Math.round(age / 3_600_000)} h old`);
  const prices: PartialPrices = {};
  for (const currency of CURRENCIES) {
    const value = data[currency];
    if (isPrice(value)) prices[currency] = value;
  }
  return { prices, asOf };
}

/** Hashrate series (H/s, ms) for a window such as '1m' or '1y'. */
export async function fetchMempoolHashrate(http: HttpDeps, window: string): Promise<MempoolHashrate> {
  const raw = await getJson(http, `${MEMPOOL_BASE}/api/v1/mining/hashrate/${window}`);
  const data = parse(HashrateSchema, raw, 'mempool hashrate');
  return {
    ...data,
    hashrates: data.hashrates.map((h) => ({ timestamp: h.timestamp * 1000, avgHashrate: h.avgHashrate })),
    difficulty: data.difficulty.map((d) => ({
      time: (d.time ?? d.timestamp ?? 0) * 1000,
      height: d.height,
      difficulty: d.difficulty,
    })),
  };
}

/** Mean of the daily hashrates in the 7 days before the newest one (H/s); absurd days left out. */
export function sevenDayHashrate(hashrates: MempoolHashrate['hashrates'], fallback: number): number {
  const newest = hashrates.at(-1)?.timestamp;
  if (newest === undefined) return fallback;
  const recent = hashrates.filter(
    (h) => h.timestamp > newest - 7 * 86_400_000 && implausible('hashrateHs', h.avgHashrate) === null,
  );
  return recent.length ? recent.reduce((sum, h) => sum + h.avgHashrate, 0) / recent.length : fallback;
}

/** Difficulty, hashrate, tip height and average fees per block over the last 144 blocks. */
export async function fetchMempoolNetwork(
  http: HttpDeps,
): Promise<{ network: NetworkQuote; rewards: RewardsQuote }> {
  const [hashrate, heightText, rewardRaw] = await Promise.all([
    fetchMempoolHashrate(http, '1m'),
    getText(http, `${MEMPOOL_BASE}/api/blocks/tip/height`),
    getJson(http, `${MEMPOOL_BASE}/api/v1/mining/reward-stats/144`),
  ]);
  const digits = parse(z.string().check(z.regex(/^\d+$/)), heightText.trim(), 'mempool tip height');
  const height = Number(digits);
  if (!Number.isSafeInteger(height)) throw new DataError(`mempool tip height ${digits} is not safe`);
  const stats = parse(RewardStatsSchema, rewardRaw, 'mempool reward-stats');
  const blocks = stats.endBlock - stats.startBlock + 1;
  if (blocks <= 0) throw new DataError('mempool reward-stats covers no blocks');
  const fetchedAt = http.now();
  const network = {
    difficulty: hashrate.currentDifficulty,
    hashrateHs: hashrate.currentHashrate,
    hashrate7dHs: sevenDayHashrate(hashrate.hashrates, hashrate.currentHashrate),
    height,
    source: MEMPOOL,
    fetchedAt,
  };
  const rewards = { avgFeesBtc: satsToBtc(Number(stats.totalFee)) / blocks, source: MEMPOOL, fetchedAt };
  return {
    network: parse(NetworkQuoteSchema, network, 'mempool network quote'),
    rewards: parse(RewardsQuoteSchema, rewards, 'mempool reward-stats'),
  };
}

/** GET /api/v1/difficulty-adjustment (times already in ms, changes in %). */
export async function fetchMempoolAdjustment(http: HttpDeps): Promise<AdjustmentQuote> {
  const raw = await getJson(http, `${MEMPOOL_BASE}/api/v1/difficulty-adjustment`);
  const data = parse(AdjustmentSchema, raw, 'mempool difficulty-adjustment');
  const change = data.difficultyChange; // docs/domain.md §1: ×4 / ÷4
  if (change < RETARGET_PERCENT.min || change > RETARGET_PERCENT.max)
    throw new DataError(`mempool difficultyChange ${change} % is outside the retarget clamp (−75 … +300 %)`);
  return {
    changePercent: change,
    retargetAt: data.estimatedRetargetDate,
    remainingBlocks: data.remainingBlocks,
    progressPercent: data.progressPercent,
    source: MEMPOOL,
    fetchedAt: http.now(),
  };
}
