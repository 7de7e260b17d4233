// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor, plainPrice, quoteOf } from '../../../lib/overlay/adapters';
import { badges, type Harness, startTestOverlay, texts } from './helpers';

const PAGES = join(import.meta.dirname, '../../e2e/pages');

/** Venue → [saved fixture path, the headline text that alone gets a badge]. */
const VENUES: Record<string, [string, string]> = {
  binance: ['/en/trade/BTC_USDT', '70,123.45'],
  coinbase: ['/price/bitcoin', '$70,123.45'],
  kraken: ['/app/trade/btc-usd', '70,123.4'],
  bitstamp: ['/markets/btc/usd', '70,123'],
  bybit: ['/trade/spot/BTC/USDT', '70,123.45'],
  okx: ['/trade-spot/btc-usdt', '70,123.4'],
  coingecko: ['/en/coins/bitcoin', '$70,123.45'],
  coinmarketcap: ['/currencies/bitcoin', '$70,123.45'],
  tradingview: ['/symbols/BTCUSD', '70123.45'],
};

let h: Harness | undefined;
afterEach(() => h?.stop());

describe('adapter lookup', () => {
  it('matches venues by their domain label and page path', () => {
    expect(adapterFor('www.binance.com', '/en/trade/BTC_USDT')?.id).toBe('binance');
    expect(adapterFor('pro.kraken.com', '/app/trade/btc-usd')?.id).toBe('kraken');
    expect(adapterFor('www.coingecko.com', '/en/coins/bitcoin')?.id).toBe('coingecko');
    expect(adapterFor('www.coingecko.com', '/en/coins/ethereum')).toBeNull();
    expect(adapterFor('www.binance.com', '/en/support/faq')).toBeNull();
    expect(adapterFor('binance.example.org', '/en/trade/BTC_USDT')).toBeNull();
    expect(adapterFor('news.test', '/price/bitcoin')).toBeNull();
  });

  it('reads the quote currency from a pair and plain venue numbers', () => {
    expect(quoteOf('/en/trade/BTC_USDT', 'USD')).toBe('USDT');
    expect(quoteOf('XBT/EUR', 'USD')).toBe('EUR');
    expect(quoteOf('/symbols/BTCUSD/', 'USDT')).toBe('USD');
    expect(quoteOf('/price/bitcoin', 'USD')).toBe('USD');
    expect(plainPrice('BTC/USDT 70,123.45')).toEqual({ start: 9, end: 18, value: 70123.45 });
    expect(plainPrice('24h 1.2%')).toBeNull();
  });
});

describe.each(Object.entries(VENUES))('%s fixture page', (venue, [path, headline]) => {
  it('badges only the headline price, not the order book or trades', async () => {
    const html = readFileSync(join(PAGES, path, 'index.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.body.innerHTML = doc.body.innerHTML;
    h = startTestOverlay({ host: `www.${venue}.test`, path: `${path}/` });
    await h.flush();
    expect(texts()).toEqual([headline]);
    const [badge] = badges();
    expect(Number(badge!.dataset.hashfloorUsd)).toBeCloseTo(Number(headline.replace(/[$,]/g, '')), 1);
    expect(badge!.dataset.hashfloorKind).toBe('btc_price');
  });
});
