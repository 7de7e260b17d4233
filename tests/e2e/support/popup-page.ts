import { type BrowserContext, expect, type Page } from '@playwright/test';

// The popup opened as a page in its own tab cannot see "the current tab", so tests name it with
// the popup's test-only `?tab=<url>` parameter (entrypoints/popup/current-tab.ts).
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  tabUrl?: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 800 });
  const query = tabUrl ? `?tab=${encodeURIComponent(tabUrl)}` : '';
  await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return page;
}

const PRICE_TEXT = '<p>The Bitcoin (BTC) price today is $70,120.45, down 2% on the day.</p>';

/** Opens `url`, replaces its body with one Bitcoin price and waits for the badge. */
export async function pageWithPrice(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate((html) => {
    document.body.innerHTML = html;
  }, PRICE_TEXT);
  await expect(page.locator('hashfloor-badge').first()).toBeAttached();
  return page;
}
