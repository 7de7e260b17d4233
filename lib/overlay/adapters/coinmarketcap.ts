import type { VenueAdapter } from './types';

/** CoinMarketCap's Bitcoin page (/currencies/bitcoin/). */
export const coinmarketcap: VenueAdapter = {
  id: 'coinmarketcap',
  site: 'coinmarketcap',
  path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?currencies\/bitcoin\b/i,
  headline: '[data-test="text-cdp-price-display"]',
  exclude: '#section-markets, .cmc-table--markets',
  defaultQuote: 'USD',
};
