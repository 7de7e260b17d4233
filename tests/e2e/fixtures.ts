import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { extensionArgs, findChromium } from '../../scripts/lib/chromium.ts';
import { type FakeApi, type Fault, startFakeApi } from '../../scripts/lib/fake-api.ts';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');

type Area = 'local' | 'sync';

interface WorkerFixtures {
  /** Fake HTTPS APIs on the real hostnames, serving tests/fixtures/api. */
  api: FakeApi;
  /** Static server for tests/e2e/pages (any `*.test` hostname resolves to it). */
  pages: StaticServer;
}

interface TestFixtures {
  /** Faults in place before the browser starts, so they catch the install-time fetch: `test.use({ apiFaults })`. */
  apiFaults: Record<string, Fault>;
  /** The unpacked build to load (default: the Chrome MV3 build). */
  extensionDir: string;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  readStorage: (area: Area, key: string) => Promise<unknown>;
  writeStorage: (area: Area, items: Record<string, unknown>) => Promise<void>;
  seedSnapshot: (snapshot: unknown) => Promise<void>;
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  api: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
    async ({}, use) => {
      const api = await startFakeApi(
        resolve(ROOT, 'tests/fixtures/api'),
        resolve(import.meta.dirname, 'support/cert'),
      );
      await use(api);
      await api.close();
    },
    { scope: 'worker' },
  ],
  pages: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
    async ({}, use) => {
      const server = await startStaticServer(resolve(import.meta.dirname, 'pages'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  apiFaults: [{}, { option: true }],
  extensionDir: [EXTENSION_DIR, { option: true }],
  context: async ({ api, apiFaults, extensionDir }, use) => {
    api.heal();
    api.requests.length = 0;
    for (const [target, fault] of Object.entries(apiFaults)) api.fail(target, fault);
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium(),
      headless: true,
      args: extensionArgs({ extensionDir, fakeApi: api }),
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  readStorage: async ({ serviceWorker }, use) => {
    await use(async (area, key) =>
      serviceWorker.evaluate(async ([a, k]) => (await chrome.storage[a as Area].get(k))[k], [
        area,
        key,
      ] as const),
    );
  },
  writeStorage: async ({ serviceWorker }, use) => {
    await use(async (area, items) => {
      await serviceWorker.evaluate(async ([a, i]) => chrome.storage[a as Area].set(i), [
        area,
        items,
      ] as const);
    });
  },
  seedSnapshot: async ({ writeStorage }, use) => {
    await use((snapshot) => writeStorage('local', { snapshot }));
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
});

export const expect = test.expect;
