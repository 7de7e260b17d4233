import type { VenueAdapter } from './types';

/** OKX spot trade pages (/trade-spot/btc-usdt) and price pages (/price/bitcoin-btc). */
export const okx: VenueAdapter = {
  id: 'okx',
  site: 'okx',
  path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:trade-spot|trade-swap|price)\b/i,
  headline: '.last-price, [data-testid="ticker-last-price"]',
  exclude: '.order-book-box, .trades-box',
  defaultQuote: 'USDT',
};
