import type { VenueAdapter } from './types';

/** Bitstamp market pages (/markets/btc/usd/). */
export const bitstamp: VenueAdapter = {
  id: 'bitstamp',
  site: 'bitstamp',
  path: /^\/(?:markets|trade)\b/i,
  headline: '.ticker__last-price, [data-testid="ticker-last-price"]',
  exclude: '.order-book, .transactions',
  defaultQuote: 'USD',
};
