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
