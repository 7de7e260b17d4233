import type { VenueAdapter } from './types';

/** CoinGecko coin pages (/en/coins/bitcoin); the headline price carries `data-converter-target`. */
export const coingecko: VenueAdapter = {
  id: 'coingecko',
  site: 'coingecko',
  path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?coins\/bitcoin\b/i,
  headline: '[data-converter-target="price"]',
  exclude: '[data-coin-show-target="markets"]',
  defaultQuote: 'USD',
};
