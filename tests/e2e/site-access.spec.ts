import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

// The "ask per site" build (HASHFLOOR_SITE_ACCESS=on-request) reads no page until the user
// allows that site from the popup. Granting needs a browser prompt that headless Chromium cannot
// answer; the registration after a grant is unit-tested (tests/unit/background/site-access.test.ts).
const ON_REQUEST_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-on-request');

test.describe('ask-per-site build', () => {
  test.use({ extensionDir: ON_REQUEST_DIR });

  test('its manifest asks for page access only as optional permissions', () => {
    const manifest = JSON.parse(readFileSync(resolve(ON_REQUEST_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions.every((h: string) => !h.startsWith('http://'))).toBe(true);
    expect(manifest.permissions).toContain('scripting');
  });

  test('pages stay untouched and the popup offers to allow the site', async ({
    context,
    pages,
    extensionId,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(pages.url('news.html', 'news.test'), { waitUntil: 'load' });
    // Nothing can read the page: no script is registered for it (the only way in, with no
    // content_scripts in the manifest), so no badge can come later either.
    expect(await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(await page.locator('hashfloor-badge').count()).toBe(0);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${encodeURIComponent(page.url())}`);
    await expect(popup.getByTestId('allow-site')).toHaveText('Allow on news.test');
  });
});

test('the default build shows no site-access prompt', async ({ context, pages, extensionId }) => {
  const popup = await context.newPage();
  const tab = pages.url('news.html', 'news.test');
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${encodeURIComponent(tab)}`);
  await expect(popup.getByTestId('site-switch')).toBeVisible();
  await expect(popup.getByTestId('site-access')).toHaveCount(0);
});
