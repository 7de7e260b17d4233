import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Host permissions are the API hosts only: the background is the one part that fetches (DESIGN.md).
export const API_HOSTS = [
  'https://mempool.space/*',
  'https://api.coinbase.com/*',
  'https://api.kraken.com/*',
  'https://api.coingecko.com/*',
  'https://blockchain.info/*',
  'https://api.blockchain.info/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  manifest: ({ browser }) => ({
    name: 'Hashfloor',
    description: 'Bitcoin price vs. the estimated cost to mine a coin, next to the prices you read.',
    permissions: ['storage', 'alarms', 'activeTab'],
    host_permissions: API_HOSTS,
    action: { default_title: 'Hashfloor' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hashfloor@hashfloor.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
      'bench/results/**',
    ],
  },
});
