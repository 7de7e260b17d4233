import type { VenueAdapter } from './types';

/** Kraken Pro trade pages (pro.kraken.com/app/trade/btc-usd) and kraken.com/prices. */
export const kraken: VenueAdapter = {
  id: 'kraken',
  site: 'kraken',
  path: /^\/(?:app\/trade|prices|[a-z]{2}-[a-z]{2}\/prices)\b/i,
  headline: '[data-testid="last-price"], [data-testid="asset-price"], .pair-header-last-price',
  exclude: '[data-testid="order-book"], [data-testid="recent-trades"]',
  defaultQuote: 'USD',
};
