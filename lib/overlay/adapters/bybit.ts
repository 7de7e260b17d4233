import type { VenueAdapter } from './types';

/** Bybit trade pages (/trade/usdt/BTCUSDT, /trade/spot/BTC/USDT) and price pages. */
export const bybit: VenueAdapter = {
  id: 'bybit',
  site: 'bybit',
  path: /^\/(?:[a-z]{2}(?:-[A-Za-z]{2})?\/)?(?:trade|price)\b/i,
  headline: '.symbol-last-price, [data-testid="ticker-last-price"]',
  exclude: '.orderbook, .trade-record',
  defaultQuote: 'USDT',
};
