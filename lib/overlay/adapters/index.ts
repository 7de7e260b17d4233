/** The venue adapters, and the lookup by host and path. */
import { binance } from './binance';
import { bitstamp } from './bitstamp';
import { bybit } from './bybit';
import { coinbase } from './coinbase';
import { coingecko } from './coingecko';
import { coinmarketcap } from './coinmarketcap';
import { COMMON_EXCLUDE } from './common';
import { kraken } from './kraken';
import { okx } from './okx';
import { tradingview } from './tradingview';
import type { VenueAdapter } from './types';

export { plainPrice, quoteOf, rateOfQuote } from './common';
export type { VenueAdapter } from './types';

export const ADAPTERS: readonly VenueAdapter[] = [
  binance,
  coinbase,
  kraken,
  bitstamp,
  bybit,
  okx,
  coingecko,
  coinmarketcap,
  tradingview,
];

/** True when `host` is the site's own domain ("pro.kraken.com" is kraken; "kraken.example.org" is not). */
const isSite = (host: string, site: string): boolean => {
  const labels = host.toLowerCase().split('.');
  return labels.length >= 2 && labels[labels.length - 2] === site;
};

/** The adapter for a page, or null on ordinary pages. */
export function adapterFor(host: string, path: string): VenueAdapter | null {
  return ADAPTERS.find((a) => isSite(host, a.site) && a.path.test(path)) ?? null;
}

/** Everything an adapter page never scans: the venue's own regions plus the common ones. */
export const excludeSelector = (adapter: VenueAdapter): string => `${adapter.exclude}, ${COMMON_EXCLUDE}`;
