/**
 * Every host the background fetches from, as manifest match patterns: the extension's only required
 * host permissions (wxt.config.ts), and the names the end-to-end fake API answers on.
 */
export const API_HOST_PATTERNS = [
  'https://mempool.space/*',
  'https://api.coinbase.com/*',
  'https://api.kraken.com/*',
  'https://api.coingecko.com/*',
  'https://api.blockchain.info/*',
] as const;
