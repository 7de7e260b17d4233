import * as z from 'zod/mini';
import type { Warn } from './first-ok';
import { checkHistory } from './history-checks';
import { getJson, type HttpDeps } from './http';
import { fetchMempoolHashrate, MEMPOOL_BASE, type MempoolHashrate } from './mempool';
import { parse } from './quotes';

// The daily series behind the popup's one-year chart, Hash Ribbons and Puell.
// mempool times are unix seconds; rewards are sats per block. Converted here to ms and BTC, then
// range-checked (history-checks.ts).

const PriceHistorySchema = z.object({
  prices: z.array(z.looseObject({ time: z.number(), USD: z.number() })),
});
const RewardsHistorySchema = z.array(
  z.object({ avgHeight: z.number(), timestamp: z.number(), avgRewards: z.number() }),
);

export interface HistorySeries {
  hashrate: MempoolHashrate;
  prices: Array<{ t: number; usd: number }>;
  rewards: Array<{ t: number; height: number; rewardBtc: number }>;
}

export async function fetchMempoolHistory(http: HttpDeps, warn: Warn = () => {}): Promise<HistorySeries> {
  const [hashrate, priceRaw, rewardRaw] = await Promise.all([
    fetchMempoolHashrate(http, '1y'),
    getJson(http, `${MEMPOOL_BASE}/api/v1/historical-price?currency=USD`),
    getJson(http, `${MEMPOOL_BASE}/api/v1/mining/blocks/rewards/1y`),
  ]);
  const prices = parse(PriceHistorySchema, priceRaw, 'mempool historical-price').prices;
  const rewards = parse(RewardsHistorySchema, rewardRaw, 'mempool blocks/rewards');
  const series = {
    hashrate,
    prices: prices.map((p) => ({ t: p.time * 1000, usd: p.USD })),
    rewards: rewards.map((r) => ({
      t: r.timestamp * 1000,
      height: r.avgHeight,
      rewardBtc: r.avgRewards / 1e8,
    })),
  };
  return checkHistory(series, http.now(), warn);
}
