import type { BrowserContext, Page } from '@playwright/test';

type Snapshotish = {
  price: { usd: number; source: string };
  cost: { costUsd: number };
  gap: number;
  health: {
    stale: boolean;
    failing?: boolean;
    lastGoodAt: number;
    errors: { source: string; message: string }[];
  };
};

/** An extension page (blank popup URL) used to talk to the background the way the popup does. */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

export const sendMessage = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ snapshot: Snapshotish | null }>;

/** Polls storage.local `snapshot` from the service worker until `ready` holds. */
export async function waitForSnapshot(
  read: () => Promise<unknown>,
  ready: (s: Snapshotish) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<Snapshotish> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = (await read()) as Snapshotish | undefined;
    if (snapshot && ready(snapshot)) return snapshot;
    if (Date.now() > deadline)
      throw new Error(`no matching snapshot after ${timeoutMs} ms: ${JSON.stringify(snapshot)}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Stops every service worker through CDP, as Chrome does to an idle MV3 worker. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
