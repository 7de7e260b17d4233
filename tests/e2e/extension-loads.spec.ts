import { expect, test } from './fixtures';

test('the service worker runs and reports the extension id', async ({ serviceWorker, extensionId }) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('the content script is active on a local page, in the top frame', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('plain.html', 'plain.test'));
  await expect(page.locator('html')).toHaveAttribute('data-hashfloor', 'active');
});

test('the fake API answers on the real hostname with a trusted certificate', async ({
  serviceWorker,
  api,
}) => {
  const status = await serviceWorker.evaluate(async () => {
    const response = await fetch('https://mempool.space/api/does-not-exist');
    return response.status;
  });
  expect(status).toBe(404);
  expect(api.count('mempool.space', '/api/does-not-exist')).toBe(1);
});
