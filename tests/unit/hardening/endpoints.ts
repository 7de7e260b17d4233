import * as z from 'zod/mini';
import type { Tier } from '../../../lib/background/state';
import { implausible } from '../../../lib/economics/guards';
import { fetchBlockchainInfoStats } from '../../../lib/sources/blockchain-info';
import {
  fetchAdjustment,
  fetchChainStats,
  fetchHistory,
  fetchPrice,
  type Outcome,
  type SourceContext,
} from '../../../lib/sources/chain';
import { fetchCoinbasePrices } from '../../../lib/sources/coinbase';
import { fetchCoingeckoPrices } from '../../../lib/sources/coingecko';
import type { HttpDeps } from '../../../lib/sources/http';
import { fetchKrakenPrices } from '../../../lib/sources/kraken';
import {
  fetchMempoolAdjustment,
  fetchMempoolNetwork,
  fetchMempoolPrices,
} from '../../../lib/sources/mempool';
import { fetchMempoolHistory } from '../../../lib/sources/mempool-history';
import {
  AdjustmentQuoteSchema,
  NetworkQuoteSchema,
  PriceQuoteSchema,
  RewardsQuoteSchema,
} from '../../../lib/sources/quotes';
import { createFakeNet, type FakeNet } from '../sources/fake-net';

// The recorded endpoints the fuzz tests mutate: for each, the real parser, the chain function
// around it (with the other fallbacks failed so the mutated body is the only way to a value), the
// source name it reports, and what counts as an implausible value (docs/domain.md §4).

const PRICE_HOSTS = ['mempool.space', 'api.coinbase.com', 'api.kraken.com', 'api.coingecko.com'];
const valid = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;

export interface Endpoint {
  key: string;
  /** The source name health errors use. */
  source: string;
  /** The refresh tier that fetches it. */
  tier: Tier;
  /** Hosts or endpoints failed so the mutated one is the only way to a value. */
  isolate: string[];
  parser: (http: HttpDeps) => Promise<unknown>;
  chain: (ctx: SourceContext) => Promise<Outcome<unknown>>;
  /** Problems with a value the chain returned as good (empty when plausible). */
  problems: (value: never) => Array<string | null>;
}

const priceProblems = (q: z.infer<typeof PriceQuoteSchema>) => {
  const infinite = Object.keys(q.perCurrency).filter((c) => !Number.isFinite(q.perCurrency[c as 'USD']));
  return [
    implausible('priceUsd', q.usd),
    infinite.length ? `non-finite ${infinite.join(', ')} price` : null,
    valid(PriceQuoteSchema, q) ? null : 'price quote fails its schema',
  ];
};
const chainProblems = ({ network: n, rewards: r }: Awaited<ReturnType<typeof fetchMempoolNetwork>>) => [
  implausible('difficulty', n.difficulty),
  implausible('hashrateHs', n.hashrateHs),
  implausible('hashrateHs', n.hashrate7dHs),
  implausible('avgFeesBtc', r.avgFeesBtc),
  Number.isSafeInteger(n.height) ? null : `tip height ${n.height}`,
  valid(NetworkQuoteSchema, n) && valid(RewardsQuoteSchema, r) ? null : 'chain quote fails its schema',
];
const price = (key: string, host: string, source: string, parser: Endpoint['parser']): Endpoint => ({
  key,
  source,
  isolate: PRICE_HOSTS.filter((h) => h !== host),
  parser,
  tier: 'price',
  chain: (ctx) => fetchPrice(ctx, null),
  problems: priceProblems,
});
const mempoolChain = (key: string): Endpoint => ({
  key,
  source: 'mempool.space',
  isolate: ['api.blockchain.info'],
  parser: fetchMempoolNetwork,
  tier: 'network',
  chain: (ctx) => fetchChainStats(ctx, null),
  problems: chainProblems,
});

export const ENDPOINTS: Endpoint[] = [
  price('mempool.space/api/v1/prices', 'mempool.space', 'mempool.space', fetchMempoolPrices),
  price('api.coinbase.com/v2/exchange-rates', 'api.coinbase.com', 'Coinbase', fetchCoinbasePrices),
  price('api.kraken.com/0/public/Ticker', 'api.kraken.com', 'Kraken', fetchKrakenPrices),
  price('api.coingecko.com/api/v3/simple/price', 'api.coingecko.com', 'CoinGecko', fetchCoingeckoPrices),
  mempoolChain('mempool.space/api/v1/mining/hashrate/1m'),
  mempoolChain('mempool.space/api/blocks/tip/height'),
  mempoolChain('mempool.space/api/v1/mining/reward-stats/144'),
  {
    key: 'api.blockchain.info/stats',
    source: 'blockchain.info',
    isolate: ['mempool.space/api/v1/mining/hashrate/1m'],
    parser: fetchBlockchainInfoStats,
    tier: 'network',
    chain: (ctx) => fetchChainStats(ctx, null),
    problems: chainProblems,
  },
  {
    key: 'mempool.space/api/v1/difficulty-adjustment',
    source: 'mempool.space',
    isolate: [],
    parser: fetchMempoolAdjustment,
    tier: 'network',
    chain: fetchAdjustment,
    problems: (q) => [valid(AdjustmentQuoteSchema, q) ? null : 'adjustment fails its schema'],
  },
  ...['mining/hashrate/1y', 'historical-price', 'mining/blocks/rewards/1y'].map(
    (path): Endpoint => ({
      key: `mempool.space/api/v1/${path}`,
      source: 'mempool.space',
      isolate: [],
      parser: fetchMempoolHistory,
      tier: 'history',
      chain: fetchHistory,
      problems: () => [], // history series carry no docs/domain.md §4 guard
    }),
  ),
];

export function servedMutation(e: Endpoint, body: string): FakeNet {
  const net = createFakeNet();
  for (const other of e.isolate) net.fail(other, { status: 503 });
  net.serve(e.key, body);
  return net;
}
