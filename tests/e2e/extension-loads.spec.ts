import { expect, test } from './fixtures';

test('the service worker runs and reports the extension id', async ({ serviceWorker, extensionId }) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  expect(extensionId).toMatch(/^[a-p]{32}$/);
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
