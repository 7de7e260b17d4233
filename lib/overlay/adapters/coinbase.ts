import type { VenueAdapter } from './types';

/** Coinbase price pages (/price/bitcoin) and Advanced Trade (/advanced-trade/spot/BTC-USD). */
export const coinbase: VenueAdapter = {
  id: 'coinbase',
  site: 'coinbase',
  path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:price|advanced-trade)\b/i,
  headline: '[data-testid="asset-price"], [data-testid="product-header-price"], [data-testid="spot-price"]',
  exclude: '[data-testid="order-book"], [data-testid="trade-history"]',
  defaultQuote: 'USD',
};
