import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeSnapshot } from './support/snapshot-fixture';

// Deterministic performance budgets for the overlay: the per-page badge cap, how many DOM writes a
// badge costs, and that a live price is updated in place. Counts only, never timings.

interface Writes {
  /** Badge hosts inserted (a re-inserted host counts again). */
  badges: number;
  /** Badge hosts removed. */
  badgesRemoved: number;
  /** Text nodes inserted (text split off page text). */
  texts: number;
  /** Any other node inserted. */
  others: number;
  /** Page nodes removed (other than badge hosts). */
  removed: number;
  /** Page text nodes whose data changed. */
  textEdits: number;
  /** Attribute writes on page elements (not on our badge hosts). */
  attributes: number;
  /** Mutation records of all kinds on the page's own nodes, badge host insertions included. */
  total: number;
}

/**
 * Installed before the page's scripts; counts mutations from the moment the page has finished
 * parsing (the content script runs after that), or from the start when `fromStart`.
 */
function countWrites(fromStart: boolean) {
  const w = window as unknown as { __writes: Writes };
  const writes: Writes = {
    badges: 0,
    badgesRemoved: 0,
    texts: 0,
    others: 0,
    removed: 0,
    textEdits: 0,
    attributes: 0,
    total: 0,
  };
  w.__writes = writes;
  const isBadge = (n: Node) => n.nodeType === 1 && (n as Element).localName === 'hashfloor-badge';
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (isBadge(r.target)) continue; // rendering our own host, not a write to the page
        writes.attributes += 1;
      } else if (r.type === 'characterData') {
        writes.textEdits += 1;
      } else {
        for (const n of r.addedNodes) {
          if (isBadge(n)) writes.badges += 1;
          else if (n.nodeType === 3) writes.texts += 1;
          else writes.others += 1;
        }
        for (const n of r.removedNodes) {
          if (isBadge(n)) writes.badgesRemoved += 1;
          else writes.removed += 1;
        }
      }
      writes.total += 1;
    }
  });
  const start = () =>
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  if (fromStart) start();
  else
    document.addEventListener('readystatechange', () => document.readyState === 'interactive' && start(), {
      once: true,
    });
}

const readWrites = (page: Page) => page.evaluate(() => (window as unknown as { __writes: Writes }).__writes);
const badgeCount = (page: Page) => page.evaluate(() => document.querySelectorAll('hashfloor-badge').length);

/** Polls until the badge count has held still for `quietMs`; returns it. */
async function settledBadges(page: Page, quietMs = 1500, timeoutMs = 45_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await badgeCount(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (now > 0 && Date.now() - since >= quietMs) {
      return now;
    }
    await page.waitForTimeout(250);
  }
  return last;
}

test.beforeEach(async ({ seedSnapshot }) => {
  await seedSnapshot(makeSnapshot());
});

test('10,000 prices: at most 300 badges alive, and the last screen has all of its badges', async ({
  context,
  pages,
}) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.addInitScript(countWrites, false);
  await page.goto(pages.url('bench/prices-10k.html', 'prices.test'));
  expect(await page.locator('p').count()).toBe(10_000);
  await expect.poll(() => badgeCount(page), { timeout: 45_000 }).toBeGreaterThan(0);
  const atTop = await settledBadges(page);
  expect(atTop, 'only the top of the page is scanned at first').toBeLessThanOrEqual(300);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const atEnd = await settledBadges(page);
  expect(atEnd).toBeLessThanOrEqual(300);
  // Every price on the last screen has its badge.
  const lastScreen = await page.evaluate(() => {
    const visible = [...document.querySelectorAll('p')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    return {
      prices: visible.length,
      badged: visible.filter((p) => p.querySelector('hashfloor-badge')).length,
    };
  });
  expect(lastScreen.prices).toBeGreaterThan(5);
  expect(lastScreen.badged).toBe(lastScreen.prices);
  const writes = await readWrites(page);
  test
    .info()
    .annotations.push({ type: 'DOM writes', description: JSON.stringify({ atTop, atEnd, ...writes }) });
  expect(writes.badges - writes.badgesRemoved, 'badges alive per the mutation log').toBe(atEnd);
});

test('10,000 prices in a scroll container: a jump to its end gets the last screen badged', async ({
  context,
  pages,
}) => {
  // The walk of a long page waits ahead of the reader; an inner scroller's jump must wake it too
  // (lib/overlay/approach.ts), though the container hides the block it waits at from the observer.
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.goto(pages.url('bench/prices-10k.html?scroller', 'prices.test'));
  await expect.poll(() => badgeCount(page), { timeout: 45_000 }).toBeGreaterThan(0);
  await settledBadges(page);
  await page.evaluate(() => {
    const main = document.getElementById('main')!;
    main.scrollTop = main.scrollHeight;
  });
  await settledBadges(page);
  const lastScreen = await page.evaluate(() => {
    const box = document.getElementById('main')!.getBoundingClientRect();
    const visible = [...document.querySelectorAll('p')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
    return {
      prices: visible.length,
      badged: visible.filter((p) => p.querySelector('hashfloor-badge')).length,
    };
  });
  expect(lastScreen.prices).toBeGreaterThan(5);
  expect(lastScreen.badged).toBe(lastScreen.prices);
});

test('big article: each badge costs at most 3 DOM mutations', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.addInitScript(countWrites, false);
  await page.goto(pages.url('big.html', 'big.test'));
  const prices = await page.evaluate(
    () => [...document.querySelectorAll('p')].filter((p) => p.textContent?.includes('Bitcoin traded')).length,
  );
  // A page this long follows the reader (lib/overlay/follow-reader.ts): read it to the end, price by price.
  for (let i = 0; i < prices; i += 1) {
    await page.evaluate((n) => {
      const priced = [...document.querySelectorAll('p')].filter((p) =>
        p.textContent?.includes('Bitcoin traded'),
      );
      priced[n]?.scrollIntoView();
    }, i);
    await expect.poll(() => badgeCount(page), { timeout: 10_000 }).toBeGreaterThan(i);
  }
  await expect.poll(() => badgeCount(page), { timeout: 30_000 }).toBe(prices);
  const badges = await settledBadges(page);
  expect(badges).toBe(prices);
  const writes = await readWrites(page);
  test
    .info()
    .annotations.push({ type: 'DOM writes', description: JSON.stringify({ onPage: badges, ...writes }) });
  expect(writes.badges, 'each badge inserted once').toBe(badges);
  expect(writes.badgesRemoved).toBe(0);
  expect(writes.removed, 'no page node removed').toBe(0);
  expect(writes.others, 'nothing inserted but badges and split text').toBe(0);
  expect(writes.texts, 'at most one text split per badge').toBeLessThanOrEqual(badges);
  // Host insertion + a text split (its childList record and the shortened node's characterData
  // record) per badge, and nothing else: no marker on <html> either (a fingerprint).
  expect(
    writes.total,
    `${writes.total} mutation records for ${badges} badges: ${JSON.stringify(writes)}`,
  ).toBeLessThanOrEqual(3 * badges);
});

test('live ticker: after many price updates, still one badge, inserted once', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.addInitScript(countWrites, true);
  await page.goto(pages.url('ticker.html', 'ticker.test'));
  await expect(page.locator('hashfloor-badge')).toHaveCount(1);
  const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
  const from = await renders();
  await expect.poll(renders, { timeout: 15_000 }).toBeGreaterThanOrEqual(from + 15);
  await page.evaluate(() => clearInterval((window as unknown as { __timer: number }).__timer));
  const price = await page.evaluate(() => (window as unknown as { __price: string }).__price);
  await expect(page.locator('hashfloor-badge')).toHaveAttribute('data-hashfloor-text', price);
  expect(await badgeCount(page)).toBe(1);
  const writes = await readWrites(page);
  test.info().annotations.push({ type: 'DOM writes', description: JSON.stringify(writes) });
  expect(writes.badges, 'the badge is updated in place, never re-inserted').toBe(1);
  expect(writes.badgesRemoved).toBe(0);
});
