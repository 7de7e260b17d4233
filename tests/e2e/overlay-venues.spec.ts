import { expect, test } from './fixtures';
import { overlayCaughtUp } from './support/overlay-caught-up';
import { makeSnapshot } from './support/snapshot-fixture';

// Saved venue pages (tests/e2e/pages/<real path>/index.html) served on <venue>.test hosts.
const VENUES: Array<[string, string, string]> = [
  ['binance', 'en/trade/BTC_USDT/', '70,123.45'],
  ['coinbase', 'price/bitcoin/', '$70,123.45'],
  ['kraken', 'app/trade/btc-usd/', '70,123.4'],
  ['bitstamp', 'markets/btc/usd/', '70,123'],
  ['bybit', 'trade/spot/BTC/USDT/', '70,123.45'],
  ['okx', 'trade-spot/btc-usdt/', '70,123.4'],
  ['coingecko', 'en/coins/bitcoin/', '$70,123.45'],
  ['coinmarketcap', 'currencies/bitcoin/', '$70,123.45'],
  ['tradingview', 'symbols/BTCUSD/', '70123.45'],
];

for (const [venue, path, headline] of VENUES) {
  test(`${venue}: only the headline price gets a badge`, async ({ context, pages, seedSnapshot }) => {
    await seedSnapshot(makeSnapshot());
    const page = await context.newPage();
    await page.goto(pages.url(path, `www.${venue}.test`));
    const badges = page.locator('hashfloor-badge');
    await expect(badges.first()).toHaveAttribute('data-hashfloor-text', headline);
    await overlayCaughtUp(page);
    await expect(badges).toHaveCount(1);
  });
}
