import { guard } from '../economics/guards';
import { impliedHashrateHs } from '../economics/protocol';
import { BLOCKCHAIN_INFO, fetchBlockchainInfoStats } from './blockchain-info';
import { COINBASE, fetchCoinbasePrices } from './coinbase';
import { COINGECKO, fetchCoingeckoPrices } from './coingecko';
import type { CooldownBook } from './cooldown';
import { type HttpDeps, HttpError } from './http';
import { fetchKrakenPrices, KRAKEN } from './kraken';
import { fetchMempoolAdjustment, fetchMempoolNetwork, fetchMempoolPrices, MEMPOOL } from './mempool';
import { fetchMempoolHistory, type HistorySeries } from './mempool-history';
import {
  type AdjustmentQuote,
  completePrices,
  type NetworkQuote,
  type PartialPrices,
  type PriceQuote,
  type RewardsQuote,
  usdPerUnit,
} from './quotes';

// Fallback order (issue 3): mempool.space first for everything it serves; prices then
// Coinbase → Kraken → CoinGecko; chain stats then blockchain.info. Each source that fails
// is logged and counted towards its cool-down; a cooling source is skipped without a request.

export interface SourceContext {
  http: HttpDeps;
  book: CooldownBook;
}
export interface SourceError {
  source: string;
  message: string;
  at: number;
}
export interface Outcome<T> {
  value: T | null;
  errors: SourceError[];
}
interface Candidate<T> {
  source: string;
  run: () => Promise<T>;
}

/** Tries each candidate in order; the first success wins. Never throws. */
export async function firstOk<T>(ctx: SourceContext, candidates: Candidate<T>[]): Promise<Outcome<T>> {
  const errors: SourceError[] = [];
  for (const { source, run } of candidates) {
    const now = ctx.http.now();
    const until = ctx.book.coolingUntil(source, now);
    if (until) {
      errors.push({
        source,
        message: `skipped: cooling down until ${new Date(until).toISOString()}`,
        at: now,
      });
      continue;
    }
    try {
      const value = await run();
      ctx.book.success(source);
      return { value, errors };
    } catch (error) {
      const retryAfterMs = error instanceof HttpError ? error.retryAfterMs : undefined;
      ctx.book.failure(source, ctx.http.now(), retryAfterMs);
      errors.push({ source, message: (error as Error).message, at: ctx.http.now() });
    }
  }
  return { value: null, errors };
}

/** Latest BTC price in every currency; `previous` lends exchange rates to sources lacking a currency. */
export function fetchPrice(ctx: SourceContext, previous: PriceQuote | null): Promise<Outcome<PriceQuote>> {
  const rates = previous ? usdPerUnit(previous.perCurrency) : undefined;
  const quote = (source: string, prices: PartialPrices, asOf?: number): PriceQuote => {
    const perCurrency = completePrices(prices, rates);
    const usd = guard('priceUsd', perCurrency.USD);
    return { usd, perCurrency, source, fetchedAt: ctx.http.now(), ...(asOf ? { asOf } : {}) };
  };
  return firstOk(ctx, [
    {
      source: MEMPOOL,
      run: async () => fetchMempoolPrices(ctx.http).then((r) => quote(MEMPOOL, r.prices, r.asOf)),
    },
    { source: COINBASE, run: async () => quote(COINBASE, await fetchCoinbasePrices(ctx.http)) },
    { source: KRAKEN, run: async () => quote(KRAKEN, await fetchKrakenPrices(ctx.http)) },
    {
      source: COINGECKO,
      run: async () => fetchCoingeckoPrices(ctx.http).then((r) => quote(COINGECKO, r.prices, r.asOf)),
    },
  ]);
}

export interface ChainStatsQuote {
  network: NetworkQuote;
  rewards: RewardsQuote;
}

const guardNetwork = (network: NetworkQuote): NetworkQuote => {
  guard('difficulty', network.difficulty);
  guard('hashrateHs', network.hashrateHs);
  guard('hashrateHs', network.hashrate7dHs);
  return network;
};

/** Difficulty, hashrate, height and fees; blockchain.info has no fees, so `previousRewards` are kept. */
export function fetchChainStats(ctx: SourceContext, previousRewards: RewardsQuote | null) {
  return firstOk<ChainStatsQuote>(ctx, [
    {
      source: MEMPOOL,
      run: async () => {
        const { network, rewards } = await fetchMempoolNetwork(ctx.http);
        guard('avgFeesBtc', rewards.avgFeesBtc);
        return { network: guardNetwork(network), rewards };
      },
    },
    {
      source: BLOCKCHAIN_INFO,
      run: async () => {
        const stats = await fetchBlockchainInfoStats(ctx.http);
        const fetchedAt = ctx.http.now();
        const network = guardNetwork({
          ...stats,
          // blockchain.info has no 7-day figure; difficulty implies the average since the last retarget.
          hashrate7dHs: impliedHashrateHs(stats.difficulty),
          source: BLOCKCHAIN_INFO,
          fetchedAt,
        });
        const rewards = previousRewards ?? { avgFeesBtc: 0, source: 'none (fees unknown)', fetchedAt };
        return { network, rewards };
      },
    },
  ]);
}

/** Next difficulty adjustment (mempool only; null when it fails). */
export const fetchAdjustment = (ctx: SourceContext): Promise<Outcome<AdjustmentQuote>> =>
  firstOk(ctx, [{ source: MEMPOOL, run: () => fetchMempoolAdjustment(ctx.http) }]);

/** One year of daily series (mempool only). */
export const fetchHistory = (ctx: SourceContext): Promise<Outcome<HistorySeries>> =>
  firstOk(ctx, [{ source: MEMPOOL, run: () => fetchMempoolHistory(ctx.http) }]);
