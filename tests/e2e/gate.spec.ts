import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeSnapshot } from './support/snapshot-fixture';

// The gate (entrypoints/gate.ts) is the only script every frame gets; the overlay loads where Bitcoin
// is named, as a module the page can neither see nor probe for (docs/ARCHITECTURE.md, "Gate").

/** URLs of the extension scripts that run in `page`'s main frame, as CDP reports them. */
async function extensionScripts(page: Page): Promise<() => string[]> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) urls.push(new URL(event.url).pathname);
  });
  await cdp.send('Debugger.enable');
  return () => [...urls].sort();
}

test.beforeEach(async ({ seedSnapshot }) => {
  await seedSnapshot(makeSnapshot());
});

test('a page that never names Bitcoin runs the gate only', async ({ context, pages }) => {
  const page = await context.newPage();
  const scripts = await extensionScripts(page);
  await page.goto(pages.url('plain.html', 'plain.test'));
  await expect.poll(scripts).toContain('/gate.js');
  // Let any late load show up before saying it did not happen.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  expect(scripts()).toEqual(['/gate.js']);
  await expect(page.locator('html')).not.toHaveAttribute('data-hashfloor');
});

test('pages without badges keep their DOM byte for byte, and get no global from us', async ({
  context,
  pages,
}) => {
  // A page that never names Bitcoin (the gate only) and a Bitcoin explainer without a price (the
  // overlay loads and finds nothing): the live DOM is the one a fresh parse of the same source gives.
  for (const [file, overlay] of [
    ['plain.html', false],
    ['gate/no-prices.html', true],
  ] as const) {
    const page = await context.newPage();
    const scripts = await extensionScripts(page);
    await page.goto(pages.url(file, 'quiet.test'));
    await expect.poll(scripts).toContain(overlay ? '/overlay.js' : '/gate.js');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    const { live, parsed, globals } = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(source, 'text/html');
      return {
        live: document.documentElement.outerHTML,
        parsed: fresh.documentElement.outerHTML,
        globals: Object.getOwnPropertyNames(window).filter((name) => /hashfloor|wxt|^browser$/i.test(name)),
      };
    });
    expect(live).toBe(parsed);
    expect(globals).toEqual([]);
    await page.close();
  }
});

test('a Bitcoin page loads the overlay and badges it', async ({ context, pages }) => {
  const page = await context.newPage();
  const scripts = await extensionScripts(page);
  await page.goto(pages.url('news.html', 'news.test'));
  await expect(page.locator('#lead hashfloor-badge')).toHaveCount(1);
  expect(scripts()).toEqual(['/gate.js', '/overlay.js']);
});

test('Bitcoin text arriving after load opens the gate then', async ({ context, pages }) => {
  const page = await context.newPage();
  const scripts = await extensionScripts(page);
  await page.goto(pages.url('gate/later.html', 'feed.test'));
  await expect.poll(scripts).toContain('/gate.js');
  await page.evaluate(() => document.body.append('Stocks and bonds, $1.09 per euro.'));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  expect(scripts()).toEqual(['/gate.js']);
  await page.evaluate(() => (window as unknown as { addBitcoin: () => void }).addBitcoin());
  await expect(page.locator('#late hashfloor-badge')).toHaveCount(1);
  expect(scripts()).toEqual(['/gate.js', '/overlay.js']);
});

test('a long page is read as the reader scrolls: a Bitcoin line far down opens the gate once near', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  const scripts = await extensionScripts(page);
  await page.goto(pages.url('gate/far-below.html', 'diary.test'));
  await expect.poll(scripts).toContain('/gate.js');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  expect(scripts()).toEqual(['/gate.js']);
  // A jump to the end skips the line: what the jump passed over is read all the same, and the overlay
  // badges it when the reader gets there.
  await page.keyboard.press('End');
  await expect.poll(scripts).toEqual(['/gate.js', '/overlay.js']);
  await page.locator('#far').scrollIntoViewIfNeeded();
  await expect(page.locator('#far hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,123');
});

test('Bitcoin named only inside web components opens the gate: a declarative root at load, a scripted one later', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  const scripts = await extensionScripts(page);
  await page.goto(pages.url('gate/shadow-only.html', 'widgets.test'));
  // Playwright's locators pierce open shadow roots.
  await expect(page.locator('#declarative hashfloor-badge')).toHaveAttribute(
    'data-hashfloor-text',
    '$70,456',
  );
  expect(scripts()).toEqual(['/gate.js', '/overlay.js']);
  await page.evaluate(() => (window as unknown as { addTicker: () => void }).addTicker());
  await expect(page.locator('#late hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,789');
});

test('a component added later opens a shut gate from its shadow root alone', async ({ context, pages }) => {
  const page = await context.newPage();
  const scripts = await extensionScripts(page);
  await page.goto(pages.url('gate/shadow-later.html', 'widgets.test'));
  await expect.poll(scripts).toContain('/gate.js');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  expect(scripts()).toEqual(['/gate.js']);
  await page.evaluate(() => (window as unknown as { addTicker: () => void }).addTicker());
  await expect(page.locator('#late hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,789');
  expect(scripts()).toEqual(['/gate.js', '/overlay.js']);
});

test('a page cannot fetch the overlay at the extension id: it is served only under a per-session id', async ({
  context,
  pages,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  await expect(page.locator('#lead hashfloor-badge')).toHaveCount(1);
  const probe = await page.evaluate(async (id) => {
    try {
      await fetch(`chrome-extension://${id}/overlay.js`);
      return 'fetched';
    } catch {
      return 'refused';
    }
  }, extensionId);
  expect(probe).toBe('refused');
  const seen = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(seen.filter((url) => !url.startsWith('http'))).toEqual([]);
});
