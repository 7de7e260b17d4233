import type { VenueAdapter } from './types';

/** TradingView symbol pages (/symbols/BTCUSD/); the last price is `.js-symbol-last`. */
export const tradingview: VenueAdapter = {
  id: 'tradingview',
  site: 'tradingview',
  path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?symbols\/[A-Z]*(?:BTC|XBT)/i,
  headline: '.js-symbol-last',
  exclude: '.tv-widget-watch-list, [data-name="order-book"]',
  defaultQuote: 'USD',
};
