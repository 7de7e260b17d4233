import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { FIREFOX, FIREFOX_EXTENSION_UUID, startFirefox } from './support/firefox-bidi.ts';

const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

// Issue 7: the Firefox build's manifest and background are valid in a real Firefox (ESR from Debian).
test.describe('Firefox build', () => {
  test.skip(!FIREFOX, 'firefox-esr is not installed (Debian: apt-get install firefox-esr)');

  test('installs, runs its content script and answers from its background', async ({ pages }) => {
    const firefox = await startFirefox(FIREFOX!);
    try {
      const installed = await firefox.send<{ extension: string }>('webExtension.install', {
        extensionData: { type: 'path', path: FIREFOX_BUILD },
      });
      expect(installed.extension).toBe('hashfloor@hashfloor.dev');

      await firefox.navigate(pages.url('plain.html'));
      await expect
        .poll(() => firefox.evaluate('document.documentElement.dataset.hashfloor'), { timeout: 10_000 })
        .toBe('active');

      await firefox.navigate(`moz-extension://${FIREFOX_EXTENSION_UUID}/popup.html`);
      const reply = await firefox.evaluate(`browser.runtime.sendMessage({ type: 'getSnapshot' })`);
      expect(reply).toHaveProperty('snapshot');
    } finally {
      await firefox.close();
    }
  });
});
