/** Regions every venue renders the same way: order books and trade lists, named in class or test ids. */
export const COMMON_EXCLUDE = [
  '[class*="orderbook" i]',
  '[class*="order-book" i]',
  '[class*="trade-history" i]',
  '[class*="market-trades" i]',
  '[class*="recent-trades" i]',
  '[data-testid*="orderbook" i]',
  '[data-testid*="trades" i]',
].join(', ');

const STABLE_USD = new Set(['USDT', 'USDC', 'FDUSD', 'TUSD', 'DAI', 'USD']);

/** The quote currency named in a pair such as "BTC-USDT", "BTC_USD", "XBT/EUR" or "BTCUSDT". */
export function quoteOf(text: string, fallback: string): string {
  const pair = /\b(?:BTC|XBT)[-_/ ]?(USDT|USDC|FDUSD|TUSD|DAI|USD|EUR|GBP|JPY|CAD|CHF|AUD)\b/i.exec(text);
  return pair?.[1]?.toUpperCase() ?? fallback;
}

/** USD per unit of `quote`: dollar stablecoins count as dollars; unknown codes give null. */
export function rateOfQuote(quote: string, usdPer: Record<string, number>): number | null {
  if (STABLE_USD.has(quote)) return 1;
  return usdPer[quote] ?? null;
}

/** The first plain number in `text` that reads as a BTC price ("70,123.45", "70 123"); venues write en-US style. */
export function plainPrice(text: string): { start: number; end: number; value: number } | null {
  const re = /\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?|\d{4,7}(?:\.\d+)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = Number(m[0].replace(/[,\u00a0 ]/g, ''));
    if (value >= 1000 && value <= 10_000_000) return { start: m.index, end: m.index + m[0].length, value };
  }
  return null;
}
