import { resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { extensionArgs, findChromium } from '../../scripts/lib/chromium.ts';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { makeHistory, makeSnapshot } from './support/snapshot-fixture';

// The UI follows the browser's language: Chromium started with --lang=<code> (and LANGUAGE, which Linux
// builds read) serves _locales/<code>/messages.json to getMessage, and the popup writes numbers in that
// language. Writes the README's screenshots of the German and Japanese popup
// (docs/screenshot-popup-<code>.png). Needs Chromium's locale packs (Debian: chromium-l10n); without one
// Chromium stays in English and the test is skipped, saying so.
const DOCS = resolve(import.meta.dirname, '../../docs');

/** A browser with the extension in language `lang` (a fresh profile; LANGUAGE for Linux builds that read it). */
async function launchIn(lang: string, fakeApi: { port: number; spkiHash: string }): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` },
    args: [...extensionArgs({ extensionDir: EXTENSION_DIR, fakeApi }), `--lang=${lang}`],
  });
}

const WORDS = {
  de: {
    headline: /^BTC 70\.12\d\s\$ liegt 1\d,\d\s% unter den geschätzten Kosten/,
    settings: 'Einstellungen',
  },
  ja: {
    headline: /^BTC \$70,12\dは、1ビットコインの推定採掘コスト\$8\d,\d00に対して1\d\.\d%低い$/,
    settings: '設定',
  },
} as const;

for (const lang of ['de', 'ja'] as const) {
  test(`the popup in ${lang}: the browser's UI language picks the catalogue`, async ({ api }) => {
    const context = await launchIn(lang, api);
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const ui = await worker.evaluate(() => chrome.i18n.getUILanguage());
      // Chromium runs in a language only when it has that language's pack (Debian: chromium-l10n).
      test.skip(
        !ui.startsWith(lang),
        `Chromium has no ${lang} locale pack (UI language ${ui}); apt-get install chromium-l10n`,
      );
      await worker.evaluate((items) => chrome.storage.local.set(items), {
        snapshot: makeSnapshot(),
        history: makeHistory(),
      });
      const id = new URL(worker.url()).host;
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(
        `chrome-extension://${id}/popup.html?tab=${encodeURIComponent('https://news.example.com/')}`,
      );
      await popup.getByTestId('cost-chart').waitFor();
      await expect(popup.getByTestId('open-options')).toHaveText(WORDS[lang].settings);
      await expect(popup.getByTestId('headline')).toHaveText(WORDS[lang].headline);
      await popup.screenshot({ path: `${DOCS}/screenshot-popup-${lang}.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
}
