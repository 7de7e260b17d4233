import { expect, test } from './fixtures';
import { makeSnapshot } from './support/snapshot-fixture';

// "Not a Bitcoin price" from a badge's card: the badge goes, stays gone after a reload, is listed in
// the options and travels with exported settings; removing it there brings the badge back.

test.beforeEach(async ({ seedSnapshot }) => {
  await seedSnapshot(makeSnapshot());
});

test('a reader correction hides the badge for good on that site, and can be undone in the options', async ({
  context,
  pages,
  readStorage,
  openOptions,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  const lead = page.locator('#lead hashfloor-badge');
  await expect(lead).toHaveCount(1);
  // Keyboard only: Enter on the badge opens its card; Tab walks into it ("Details", the settings
  // link, then the button).
  await lead.focus();
  await page.keyboard.press('Enter');
  await expect(lead).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lead).toHaveCount(0);
  await expect(page.locator('#split hashfloor-badge')).toHaveCount(1);
  await expect
    .poll(
      async () => ((await readStorage('sync', 'settings')) as { notPrices?: unknown } | undefined)?.notPrices,
    )
    .toEqual([{ site: 'news.test', text: '$70,123' }]);

  await page.reload();
  await expect(page.locator('#split hashfloor-badge')).toHaveCount(1);
  await expect(page.locator('#lead hashfloor-badge')).toHaveCount(0);

  const options = await openOptions();
  const list = options.getByTestId('not-price-list');
  await expect(list).toContainText('“$70,123” on news.test');
  await options.getByRole('button', { name: 'Remove “$70,123” on news.test' }).click();
  await expect(options.getByText('None yet.')).toBeVisible();
  await page.reload();
  await expect(page.locator('#lead hashfloor-badge')).toHaveCount(1);
});
