import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { backgroundSettled, makeHistory, makeSnapshot } from './support/snapshot-fixture';

// Writes PNGs of the popup and options page, light and dark, for people to review (not compared
// pixel by pixel). The theme setting stays "system"; prefers-color-scheme picks light or dark. What
// a reviewer would check first is asserted: the page follows the scheme, its text is readable on its
// background, and nothing overflows sideways at the popup's width.
const OUT = resolve(import.meta.dirname, '../../screenshots/ui');

/** Relative luminance of the body's background and text, and whether the page scrolls sideways. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const style = getComputedStyle(document.body);
    const root = getComputedStyle(document.documentElement);
    const bg = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? root.backgroundColor : style.backgroundColor;
    const el = document.scrollingElement ?? document.documentElement;
    return { bg: lum(bg), text: lum(style.color), overflows: el.scrollWidth > el.clientWidth };
  });

async function expectReadable(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const { bg, text, overflows } = await looks(page);
  if (scheme === 'dark') expect(bg).toBeLessThan(0.2);
  else expect(bg).toBeGreaterThan(0.6);
  const contrast = (Math.max(bg, text) + 0.05) / (Math.min(bg, text) + 0.05);
  expect(contrast).toBeGreaterThanOrEqual(4.5);
  expect(overflows).toBe(false);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots: popup and options, ${scheme}`, async ({
    context,
    extensionId,
    readStorage,
    writeStorage,
  }) => {
    await backgroundSettled(readStorage);
    await writeStorage('local', { snapshot: makeSnapshot(), history: makeHistory() });

    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?tab=${encodeURIComponent('https://news.example.com/')}`,
    );
    await popup.getByTestId('cost-chart').waitFor();
    await expectReadable(popup, scheme);
    await popup.screenshot({ path: `${OUT}/popup-${scheme}.png`, fullPage: true });
    await popup.getByTestId('model-details').locator('summary').click();
    await popup.getByTestId('refresh').focus(); // shows the focus ring in review
    await popup.screenshot({ path: `${OUT}/popup-details-${scheme}.png`, fullPage: true });

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('live-cost').waitFor();
    await expectReadable(options, scheme);
    await options.screenshot({ path: `${OUT}/options-${scheme}.png`, fullPage: true });
  });
}
