import { expect, test } from './fixtures';
import { openPopupFor, pageWithPrice } from './support/popup-page';
import { backgroundSettled, makeSnapshot } from './support/snapshot-fixture';

// The popup's controls for the current tab: per-site switch, global pause, keyboard use.

test('the per-site switch removes badges in that site only', async ({
  context,
  extensionId,
  pages,
  readStorage,
  seedSnapshot,
}) => {
  test.slow(); // two sites with live badges plus the popup
  await backgroundSettled(readStorage);
  await seedSnapshot(makeSnapshot());
  const siteA = await pageWithPrice(context, pages.url('plain.html', 'news-a.test'));
  const siteB = await pageWithPrice(context, pages.url('plain.html', 'news-b.test'));
  const popup = await openPopupFor(context, extensionId, siteA.url());
  await expect(popup.getByTestId('site-host')).toHaveText('news-a.test');
  const toggle = popup.getByRole('switch', { name: /Badges on news-a\.test/ });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(siteA.locator('hashfloor-badge')).toHaveCount(0);
  await expect(siteB.locator('hashfloor-badge').first()).toBeAttached();
  expect(await readStorage('sync', 'settings')).toMatchObject({ disabledSites: ['news-a.test'] });
  // And back on, without reloading the page.
  await toggle.click();
  await expect(siteA.locator('hashfloor-badge').first()).toBeAttached();
});

test('the global pause removes badges everywhere and disables the site switch', async ({
  context,
  extensionId,
  pages,
  readStorage,
  seedSnapshot,
}) => {
  await backgroundSettled(readStorage);
  await seedSnapshot(makeSnapshot());
  const site = await pageWithPrice(context, pages.url('plain.html', 'news-a.test'));
  const popup = await openPopupFor(context, extensionId, site.url());
  await popup.getByRole('switch', { name: /Pause everywhere/ }).click();
  await expect(site.locator('hashfloor-badge')).toHaveCount(0);
  await expect(popup.getByTestId('site-switch')).toBeDisabled();
});

test('keyboard only: tab order, visible focus, switches work with Space', async ({
  context,
  extensionId,
  readStorage,
  seedSnapshot,
}) => {
  await backgroundSettled(readStorage);
  await seedSnapshot(makeSnapshot());
  const popup = await openPopupFor(context, extensionId, 'https://news-a.test/');
  await popup.getByTestId('price').waitFor();
  const order: string[] = [];
  for (let i = 0; i < 12; i++) {
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      if (el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        id: el.dataset.testid ?? el.tagName.toLowerCase(),
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    if (!focused) break; // past the last control
    expect(focused.outline, `focus ring on ${focused.id}`).not.toBe('none');
    expect(Number.parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
    order.push(focused.id);
  }
  // Header action, this site and the pause (near the top), the chart (its days with the arrow keys),
  // model details, miner metrics, refresh: reading order.
  expect(order).toEqual([
    'open-options',
    'site-switch',
    'pause-switch',
    'cost-chart',
    'summary',
    'summary',
    'refresh',
  ]);
  // Enter opens the model details; Space flips a switch.
  await popup.getByTestId('model-details').locator('summary').focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('model-details')).toHaveAttribute('open', '');
  await popup.getByTestId('pause-switch').focus();
  await popup.keyboard.press('Space');
  await expect(popup.getByTestId('pause-switch')).toHaveAttribute('aria-checked', 'true');
  // The switch shows the change at once; the write lands just after (components/use-settings.ts).
  await expect.poll(() => readStorage('sync', 'settings')).toMatchObject({ paused: true });
});
