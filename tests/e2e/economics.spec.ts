import { expect, test } from './fixtures';
import { extensionPage, sendMessage, stopServiceWorkers, waitForSnapshot } from './support/extension-page.ts';

// End to end: the background fetches from the fake APIs on the real hostnames, keeps the last
// good snapshot, falls back and names the fallback, and survives worker restarts.

test('a fresh install stores a snapshot from mempool.space and paints the toolbar icon', async ({
  readStorage,
  serviceWorker,
}) => {
  const snapshot = await waitForSnapshot(() => readStorage('local', 'snapshot'));
  expect(snapshot.price.source).toBe('mempool.space');
  expect(snapshot.price.usd).toBe(70123); // tests/fixtures/api/mempool.space/api/v1/prices.json
  expect(snapshot.gap).toBeCloseTo(snapshot.price.usd / snapshot.cost.costUsd - 1, 6);
  expect(snapshot.cost.costUsd).toBeGreaterThan(30_000);
  // The icon is painted right after the snapshot is stored, not before: wait for it.
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({})))
    .toBe(String(Math.round(snapshot.gap * 100)));
  const title = await serviceWorker.evaluate(() => chrome.action.getTitle({}));
  expect(title).toContain('$70,123');
});

test.describe('primary answers 500', () => {
  test.use({ apiFaults: { 'mempool.space/api/v1/prices': { status: 500 } } });
  test('the price comes from Coinbase, named as the source, with the failure listed', async ({
    readStorage,
    api,
  }) => {
    const snapshot = await waitForSnapshot(() => readStorage('local', 'snapshot'));
    expect(snapshot.price.source).toBe('Coinbase');
    expect(snapshot.price.usd).toBeCloseTo(70123.45, 2);
    expect(snapshot.health.errors.some((e) => e.source === 'mempool.space')).toBe(true);
    expect(api.count('mempool.space', '/api/v1/prices')).toBe(3); // first try + 2 retries
    // The price fallback, and the daily rates for page currencies (lib/sources/page-rates.ts).
    expect(api.count('api.coinbase.com')).toBe(2);
  });
});

test.describe('primary answers 429 with Retry-After', () => {
  test.use({
    apiFaults: { 'mempool.space/api/v1/prices': { status: 429, headers: { 'retry-after': '600' } } },
  });
  test('falls back at once and leaves mempool alone for the cool-down', async ({
    readStorage,
    api,
    context,
    extensionId,
  }) => {
    const snapshot = await waitForSnapshot(() => readStorage('local', 'snapshot'));
    expect(snapshot.price.source).toBe('Coinbase');
    expect(api.count('mempool.space', '/api/v1/prices')).toBe(1); // no retry inside a long Retry-After
    const page = await extensionPage(context, extensionId);
    await sendMessage(page, { type: 'refresh' });
    expect(api.count('mempool.space', '/api/v1/prices')).toBe(1);
  });
});

test.describe('primary times out', () => {
  test.use({ apiFaults: { 'mempool.space/api/v1/prices': { status: 200, delayMs: 45_000 } } });
  test.setTimeout(90_000);
  test('the request is abandoned and the fallback answers', async ({ readStorage }) => {
    const snapshot = await waitForSnapshot(() => readStorage('local', 'snapshot'), undefined, 60_000);
    expect(snapshot.price.source).toBe('Coinbase');
    expect(snapshot.health.errors.find((e) => e.source === 'mempool.space')?.message).toMatch(/timed out/);
  });
});

test('everything down keeps the last good snapshot and says it is failing', async ({
  readStorage,
  writeStorage,
  api,
  context,
  extensionId,
}) => {
  const good = await waitForSnapshot(() => readStorage('local', 'snapshot'));
  api.fail('*', { status: 503 });
  // Make every tier due again, as after a long sleep.
  await writeStorage('local', { fetchLog: null });
  const page = await extensionPage(context, extensionId);
  const reply = await sendMessage(page, { type: 'refresh' });
  expect(reply.snapshot?.price.usd).toBe(good.price.usd);
  const after = await waitForSnapshot(
    () => readStorage('local', 'snapshot'),
    (s) => s.health.failing === true,
  );
  expect(after.price.usd).toBe(good.price.usd);
  expect(after.health.lastGoodAt).toBe(good.health.lastGoodAt);
  expect(after.health.errors.length).toBeGreaterThan(0);
});

test('ten tabs and the popup cost one request per endpoint', async ({
  context,
  pages,
  api,
  readStorage,
  extensionId,
}) => {
  await waitForSnapshot(() => readStorage('local', 'snapshot'));
  const firstRound = new Map(api.requests.map((r) => [`${r.host}${r.path}`, 0]));
  for (const r of api.requests)
    firstRound.set(`${r.host}${r.path}`, (firstRound.get(`${r.host}${r.path}`) ?? 0) + 1);
  for (let i = 0; i < 10; i++) await (await context.newPage()).goto(pages.url('plain.html', `tab${i}.test`));
  const popup = await extensionPage(context, extensionId);
  await Promise.all(Array.from({ length: 10 }, () => sendMessage(popup, { type: 'refresh' })));
  await Promise.all(Array.from({ length: 10 }, () => sendMessage(popup, { type: 'getSnapshot' })));
  const counts = new Map<string, number>();
  for (const r of api.requests) counts.set(`${r.host}${r.path}`, (counts.get(`${r.host}${r.path}`) ?? 0) + 1);
  expect(Math.max(...counts.values())).toBe(1);
  expect(counts).toEqual(firstRound);
});

test('a restarted service worker answers from storage without refetching', async ({
  context,
  extensionId,
  readStorage,
  api,
}) => {
  const good = await waitForSnapshot(() => readStorage('local', 'snapshot'));
  const before = api.requests.length;
  const page = await extensionPage(context, extensionId);
  await stopServiceWorkers(page);
  const reply = await sendMessage(page, { type: 'getSnapshot' });
  expect(reply.snapshot?.price.usd).toBe(good.price.usd);
  expect(api.requests.length).toBe(before);
});

test('a corrupt stored snapshot is discarded and refetched', async ({
  context,
  extensionId,
  readStorage,
  writeStorage,
}) => {
  await waitForSnapshot(() => readStorage('local', 'snapshot'));
  await writeStorage('local', { snapshot: { price: 'garbage' }, fetchLog: null });
  const page = await extensionPage(context, extensionId);
  await stopServiceWorkers(page);
  await sendMessage(page, { type: 'getSnapshot' });
  const fresh = await waitForSnapshot(
    () => readStorage('local', 'snapshot'),
    (s) => typeof s.price === 'object',
  );
  expect(fresh.price.usd).toBe(70123);
});
