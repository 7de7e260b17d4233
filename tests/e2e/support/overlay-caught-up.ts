import { expect, type Page } from '@playwright/test';

/**
 * Waits until the overlay has handled every change made to the page so far, instead of sleeping
 * before a negative assertion: it appends a paragraph with a Bitcoin price, waits for its badge
 * (mutation batches are handled in order), and removes it again.
 * @example await page.keyboard.type(' up'); await overlayCaughtUp(page); await expect(x).toHaveCount(0);
 */
export async function overlayCaughtUp(page: Page): Promise<void> {
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'hashfloor-test-sentinel';
    p.textContent = 'Bitcoin traded at $70,321 at the close.';
    document.body.append(p);
  });
  await expect(page.locator('#hashfloor-test-sentinel hashfloor-badge')).toHaveCount(1);
  await page.evaluate(() => document.getElementById('hashfloor-test-sentinel')?.remove());
}
