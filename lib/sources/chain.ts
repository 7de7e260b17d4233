import { DataError, guard } from '../economics/guards';
import { impliedHashrateHs } from '../economics/protocol';
import { CURRENCIES } from '../settings';
import { BLOCKCHAIN_INFO, fetchBlockchainInfoStats } from './blockchain-info';
import { COINBASE, fetchCoinbasePrices } from './coinbase';
import { COINGECKO, fetchCoingeckoPrices } from './coingecko';
import { firstOk, type Outcome, type SourceContext, type Warn } from './first-ok';
import { plausiblePrices, plausibleRates } from './fx';
import { fetchKrakenPrices, KRAKEN } from './kraken';
import { fetchMempoolAdjustment, fetchMempoolNetwork, fetchMempoolPrices, MEMPOOL } from './mempool';
import { fetchMempoolHistory, type HistorySeries } from './mempool-history';
import { fetchPageRates, type PageRates } from './page-rates';
import {
  type AdjustmentQuote,
  AdjustmentQuoteSchema,
  completePrices,
  type NetworkQuote,
  NetworkQuoteSchema,
  type PartialPrices,
  type PriceQuote,
  PriceQuoteSchema,
  parse,
  type RewardsQuote,
  RewardsQuoteSchema,
  usdPerUnit,
} from './quotes';

// Fallback order: mempool.space first for everything it serves; prices then
// Coinbase → Kraken → CoinGecko; chain stats then blockchain.info. Every value is checked against
// its quote schema and the docs/domain.md §4 guards before it counts as a success.

export type { Outcome, SourceContext, SourceError } from './first-ok';
export { firstOk };

/** Latest BTC price in every currency; `previous` lends exchange rates to sources lacking a currency. */
export function fetchPrice(ctx: SourceContext, previous: PriceQuote | null): Promise<Outcome<PriceQuote>> {
  const rates = previous ? plausibleRates(usdPerUnit(previous.perCurrency)) : undefined;
  const quote = (source: string, found: PartialPrices, warn: Warn, asOf?: number): PriceQuote => {
    if (found.USD === undefined) throw new DataError('no USD price');
    guard('priceUsd', found.USD);
    const { prices, problems } = plausiblePrices(found);
    const perCurrency = completePrices(prices, rates);
    const absent = CURRENCIES.filter((c) => found[c] === undefined);
    if (absent.length) problems.push(`no usable ${absent.join(', ')} price: used the last known rate`);
    for (const problem of problems) warn(problem);
    const value = { usd: perCurrency.USD, perCurrency, source, fetchedAt: ctx.http.now() };
    return parse(PriceQuoteSchema, asOf ? { ...value, asOf } : value, `${source} price quote`);
  };
  return firstOk(ctx, [
    {
      source: MEMPOOL,
      run: async (warn) => fetchMempoolPrices(ctx.http).then((r) => quote(MEMPOOL, r.prices, warn, r.asOf)),
    },
    { source: COINBASE, run: async (warn) => quote(COINBASE, await fetchCoinbasePrices(ctx.http), warn) },
    { source: KRAKEN, run: async (warn) => quote(KRAKEN, await fetchKrakenPrices(ctx.http), warn) },
    {
      source: COINGECKO,
      run: async (warn) =>
        fetchCoingeckoPrices(ctx.http).then((r) => quote(COINGECKO, r.prices, warn, r.asOf)),
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
  return parse(NetworkQuoteSchema, network, `${network.source} network quote`);
};

/** Difficulty, hashrate, height and fees; blockchain.info has no fees, so `previousRewards` are kept. */
export function fetchChainStats(ctx: SourceContext, previousRewards: RewardsQuote | null) {
  return firstOk<ChainStatsQuote>(ctx, [
    {
      source: MEMPOOL,
      run: async () => {
        const { network, rewards } = await fetchMempoolNetwork(ctx.http);
        guard('avgFeesBtc', rewards.avgFeesBtc);
        return {
          network: guardNetwork(network),
          rewards: parse(RewardsQuoteSchema, rewards, 'mempool fees'),
        };
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
  firstOk(ctx, [
    {
      source: MEMPOOL,
      run: async () =>
        parse(AdjustmentQuoteSchema, await fetchMempoolAdjustment(ctx.http), 'mempool adjustment'),
    },
  ]);

/** One year of daily series (mempool only). */
export const fetchRatesForPages = (ctx: SourceContext): Promise<Outcome<PageRates>> =>
  firstOk(ctx, [{ source: COINBASE, run: () => fetchPageRates(ctx.http) }]);

export const fetchHistory = (ctx: SourceContext): Promise<Outcome<HistorySeries>> =>
  firstOk(ctx, [{ source: MEMPOOL, run: (warn) => fetchMempoolHistory(ctx.http, warn) }]);
