import { expect, test } from './fixtures';
import { makeSnapshot } from './support/snapshot-fixture';

// The page a first install opens: what a badge says (with a real one), the bands, that the cost is an
// estimate, what leaves the browser, and the first two choices.

test('a first install opens the welcome page', async ({ context }) => {
  await expect.poll(() => context.pages().map((p) => new URL(p.url()).pathname)).toContain('/welcome.html');
});

test('the welcome page shows a live example badge and the choices', async ({
  context,
  extensionId,
  seedSnapshot,
}) => {
  await seedSnapshot(makeSnapshot());
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  const badge = page.getByTestId('example').locator('hashfloor-badge');
  await expect(badge).toHaveAttribute('aria-label', /^Bitcoin price \$70,123: \d+% below cost$/);
  await expect(badge).toHaveAttribute('data-hashfloor-band', /below|near|above/);
  for (const heading of ['Reading a badge', 'The cost is an estimate', 'What leaves your browser', 'Display'])
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(page.getByText('Nothing from the pages you read')).toBeVisible();
  // The choices save like the options page's.
  await page.getByTestId('display-currency').selectOption('EUR');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('display-currency')).toHaveValue('EUR');
});
