import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { API_HOST_PATTERNS } from './lib/sources/hosts';

// `HASHFLOOR_SITE_ACCESS=on-request` builds the flavour that asks for each site: no content
// script in the manifest and no access to pages until the user allows a site from the popup; the
// background then registers the content script for the granted sites only.
const ON_REQUEST = process.env.HASHFLOOR_SITE_ACCESS === 'on-request';
export const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * V8's explicit compile hint: every function of the overlay is compiled with the script, off the main
 * thread while it streams in, instead of lazily on first call on the page's main thread (~6 ms of
 * the short news page's start-up; bench "short news article", docs/ARCHITECTURE.md "Gate").
 */
function compileOverlayEagerly(): Plugin {
  return {
    name: 'hashfloor:compile-overlay-eagerly',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const overlay = bundle['overlay.js'];
      if (overlay?.type === 'chunk') overlay.code = `//# allFunctionsCalledOnLoad\n${overlay.code}`;
    },
  };
}

/**
 * webextension-polyfill is CommonJS, and the bundler's interop copies every own property of what it
 * exports into a namespace object. Where Chrome has a native `browser` (Chrome 144 on), the polyfill
 * exports that object itself, so the copy reads every API namespace, instantiating each (chrome.app
 * alone ~1.4 ms of the overlay's start-up in a CPU profile of the short news page). An object that
 * inherits from it reads the same and has nothing of its own to copy (tests/e2e/bundle-budget.spec.ts).
 */
function polyfillWithoutOwnProperties(): Plugin {
  return {
    name: 'hashfloor:polyfill-without-own-properties',
    transform(code, id) {
      if (!id.endsWith('webextension-polyfill/dist/browser-polyfill.js')) return null;
      const out = code.replace(
        'module.exports = globalThis.browser;',
        'module.exports = Object.create(globalThis.browser);',
      );
      if (out === code)
        this.error('webextension-polyfill changed: its export of the native browser was not found');
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(ON_REQUEST ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-on-request' } : {}),
  hooks: {
    // The gate is the one script every frame gets (docs/ARCHITECTURE.md, "Gate"): an unlisted script
    // declared here, because WXT's content-script wrapper brings the polyfill into every page.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (ON_REQUEST) return;
      manifest.content_scripts = [
        {
          matches: PAGE_ORIGINS,
          js: ['gate.js'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_start',
        },
      ];
    },
  },
  vite: () => ({
    plugins: [
      preact({ prerender: { enabled: false } }),
      compileOverlayEagerly(),
      polyfillWithoutOwnProperties(),
    ],
  }),
  manifest: ({ browser }) => ({
    // Words come from public/_locales/<lang>/messages.json (lib/i18n/types.ts types the keys).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'activeTab', 'contextMenus', ...(ON_REQUEST ? ['scripting'] : [])],
    // The quick switch for the current site (lib/background/quick-toggle.ts); no permission needed.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleSite__',
      },
    },
    // Host permissions are the API hosts only: the background is the one part that fetches (docs/ARCHITECTURE.md).
    host_permissions: [...API_HOST_PATTERNS],
    // Notifications only for alerts, asked for when the first one is switched on (lib/alerts). MV2
    // (Firefox) lists optional hosts under optional_permissions too.
    optional_permissions: ['notifications', ...(ON_REQUEST && browser === 'firefox' ? PAGE_ORIGINS : [])],
    ...(ON_REQUEST && browser !== 'firefox' ? { optional_host_permissions: PAGE_ORIGINS } : {}),
    // public/icon/<size>.png (rendered from docs/icon/hashfloor.svg by scripts/icons.ts) also fill
    // `icons`, which WXT finds by name.
    action: { default_title: '__MSG_extName__', default_icon: { 16: '/icon/16.png', 32: '/icon/32.png' } },
    // The overlay, imported by the gate where Bitcoin is named. Chrome serves it only under a dynamic
    // id that changes every session, so a page cannot probe for it; Firefox's moz-extension id is
    // random per install (tests/e2e/gate.spec.ts).
    web_accessible_resources: [
      {
        resources: ['overlay.js'],
        matches: PAGE_ORIGINS,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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
      : // The oldest Chrome with everything used: CSS light-dark() (123), Popover (114), checkVisibility (105).
        { minimum_chrome_version: '123' }),
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
      // The test certificate's key and the detector's golden output are test material, not source.
      'tests/e2e/support/cert/**',
      'tests/unit/detect/golden.json',
      'test-reports/**',
      '.vitest/**',
    ],
  },
});
