import { resolve } from 'node:path';
import { test } from './fixtures';
import { backgroundSettled, makeHistory, makeSnapshot } from './support/snapshot-fixture';

// Writes PNGs of the popup and options page, light and dark, for people to review (not compared
// pixel by pixel). The theme setting stays "system"; prefers-color-scheme picks light or dark.
const OUT = resolve(import.meta.dirname, '../../screenshots/ui');

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
    await popup.screenshot({ path: `${OUT}/popup-${scheme}.png`, fullPage: true });
    await popup.getByTestId('model-details').locator('summary').click();
    await popup.getByTestId('refresh').focus(); // shows the focus ring in review
    await popup.screenshot({ path: `${OUT}/popup-details-${scheme}.png`, fullPage: true });

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('live-cost').waitFor();
    await options.screenshot({ path: `${OUT}/options-${scheme}.png`, fullPage: true });
  });
}
