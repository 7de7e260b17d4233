import { expect, test } from './fixtures';
import { makeSnapshot } from './support/snapshot-fixture';

test('live ticker: the badge tracks the price in place, text stays intact, no errors', async ({
  context,
  pages,
  seedSnapshot,
}) => {
  await seedSnapshot(makeSnapshot());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pages.url('ticker.html', 'ticker.test'));
  const badge = page.locator('hashfloor-badge');
  await expect(badge).toHaveCount(1);
  await page.evaluate(() => {
    (window as unknown as { __badge: Element }).__badge = document.querySelector('hashfloor-badge')!;
  });
  for (let i = 0; i < 5; i += 1) {
    // A few renders of the ticker later (its own counter is the signal, not a sleep).
    const renders = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    await page.waitForFunction(
      (n) => (window as unknown as { __renders: number }).__renders >= n + 3,
      renders,
    );
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __badge: Element; __price: string };
      return {
        count: document.querySelectorAll('hashfloor-badge').length,
        same: document.querySelector('hashfloor-badge') === w.__badge,
        text: document.querySelector('.price')!.textContent,
      };
    });
    expect(seen.count).toBe(1);
    expect(seen.same).toBe(true);
    expect(seen.text).toMatch(/^\$70,\d{3}\.\d{2}$/);
  }
  await page.evaluate(() => clearInterval((window as unknown as { __timer: number }).__timer));
  const price = await page.evaluate(() => (window as unknown as { __price: string }).__price);
  await expect(badge).toHaveAttribute('data-hashfloor-text', price);
  expect(errors).toEqual([]);
});

test('a removed price loses its badge; an SPA navigation rescans', async ({
  context,
  pages,
  seedSnapshot,
}) => {
  await seedSnapshot(makeSnapshot());
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  await expect(page.locator('#side-btc hashfloor-badge')).toHaveCount(1);
  await page.evaluate(() => document.querySelector('#side-btc .price')!.remove());
  await expect(page.locator('#side-btc hashfloor-badge')).toHaveCount(0);
  await page.evaluate(() => {
    history.pushState({}, '', '/next');
    document.querySelector('article')!.innerHTML = '<p id="spa">Bitcoin now trades at $71,500.</p>';
  });
  await expect(page.locator('#spa hashfloor-badge')).toHaveCount(1);
});

test('an order book rewriting its cells at 20 Hz stays bare while it ticks and is badged once it stops', async ({
  context,
  pages,
  seedSnapshot,
}) => {
  await seedSnapshot(makeSnapshot());
  const page = await context.newPage();
  // The page's own observer counts every badge we put into the book (lib/overlay/live-blocks.ts).
  await page.addInitScript(() => {
    const w = window as unknown as { __inserted: number };
    w.__inserted = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if ((n as Element).localName === 'hashfloor-badge') w.__inserted += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(pages.url('bench/order-book.html?seconds=3', 'exchange.test'));
  const renders = await page.evaluate(
    () => (window as unknown as { __finished: Promise<number> }).__finished,
  );
  expect(renders).toBe(60);
  const inserted = await page.evaluate(() => (window as unknown as { __inserted: number }).__inserted);
  // 20 price cells, 60 renders: put back after every render that would be 1,200 insertions; a live
  // cell gets at most the 4 it takes to be recognised, plus its first. The first may never come: the
  // detector answers from the background, and a cell rewritten 4 times before the answer lands is
  // live and stays bare until it stops (how many depends on how fast the worker wakes).
  expect(inserted).toBeLessThanOrEqual(20 * 5);
  // Still for 2 s: every price cell is badged again, the totals column (price × amount) never.
  await expect(page.locator('#book td:nth-child(1) hashfloor-badge')).toHaveCount(20, { timeout: 10_000 });
  await expect(page.locator('#book td:nth-child(3) hashfloor-badge')).toHaveCount(0);
});
