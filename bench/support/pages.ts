/**
 * The pages the overlay bench loads, all under tests/e2e/pages/ (served on any `*.test` host). The
 * large and live ones generate their content with a seeded inline script, so a load does the same
 * work with and without the extension.
 */

export interface BenchPage {
  /** Path under tests/e2e/pages/. */
  file: string;
  host: string;
}

/** The existing cases' pages. */
export const BIG_ARTICLE: BenchPage = { file: 'big.html', host: 'big.test' };
export const TICKER: BenchPage = { file: 'ticker.html', host: 'ticker.test' };
export const PLAIN: BenchPage = { file: 'plain.html', host: 'plain.test' };

/** ~200 KB of gardening and weather prose with dollar amounts and numbers, not one Bitcoin word. */
export const QUIET_ARTICLE: BenchPage = { file: 'bench/garden-200k.html', host: 'garden.test' };
/** A static news article of about 600 words with 10 Bitcoin prices (and one production cost). */
export const SHORT_NEWS: BenchPage = { file: 'bench/news-short.html', host: 'ledger.test' };
/** ~2 MB of market diary with 4,000 Bitcoin prices, one per paragraph. */
export const PRICES_2MB: BenchPage = { file: 'bench/prices-2mb.html', host: 'diary.test' };
/** 20 order-book rows ("70,123.45" under "Price (USD)") rewritten every 50 ms for `?seconds=`. */
export const ORDER_BOOK: BenchPage = { file: 'bench/order-book.html', host: 'exchange.test' };
/** A feed appending a paragraph with a Bitcoin price every 50 ms for `?seconds=`, kept scrolled to the end. */
export const LIVE_FEED: BenchPage = { file: 'bench/live-feed.html', host: 'feed.test' };
/** One ~5 MB text node holding 1,000 Bitcoin prices (a raw log in one paragraph). */
export const GIANT_NODE: BenchPage = { file: 'bench/giant-node.html', host: 'log.test' };
