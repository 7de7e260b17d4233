import type { VenueAdapter } from './types';

/** Binance spot/futures trade pages and the price page; the last price sits in `.showPrice`. */
export const binance: VenueAdapter = {
  id: 'binance',
  site: 'binance',
  path: /^\/(?:[a-z]{2}(?:-[A-Za-z]{2})?\/)?(?:trade|futures|price)\b/i,
  headline: '.showPrice, [data-testid="ticker-last-price"], [data-bn-type="text"].priceValue',
  exclude: '.orderbook-list, .market-trades-list',
  defaultQuote: 'USDT',
};
