import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { backgroundSettled, makeHistory, makeSnapshot } from './support/snapshot-fixture';

// axe-core (WCAG 2.1 A and AA rules) on every extension page, light and dark, and on a page with
// badges and an open card. Each violation is listed with the elements it names, so a failure reads.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: popup, options and welcome pages have no WCAG A/AA violations (${scheme})`, async ({
    context,
    extensionId,
    readStorage,
    writeStorage,
  }) => {
    await backgroundSettled(readStorage);
    await writeStorage('local', { snapshot: makeSnapshot(), history: makeHistory() });
    const open = async (path: string, width: number, ready: string) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.getByTestId(ready).waitFor();
      return page;
    };
    const popup = await open(
      `popup.html?tab=${encodeURIComponent('https://news.example.com/')}`,
      380,
      'cost-chart',
    );
    expect(await violations(popup)).toEqual([]);
    // With every disclosure open, what they fold is checked too.
    for (const summary of await popup.locator('details > summary').all()) await summary.click();
    expect(await violations(popup)).toEqual([]);
    expect(await violations(await open('options.html', 900, 'live-cost'))).toEqual([]);
    const welcome = await context.newPage();
    await welcome.emulateMedia({ colorScheme: scheme });
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await welcome.locator('main').waitFor();
    expect(await violations(welcome)).toEqual([]);
  });
}

test('axe: a news page with badges and an open card keeps no WCAG A/AA violations of its own', async ({
  context,
  pages,
  seedSnapshot,
}) => {
  await seedSnapshot(makeSnapshot());
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  await expect(page.locator('hashfloor-badge')).toHaveCount(4);
  const before = await violations(page);
  const badge = page.locator('#lead hashfloor-badge');
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  // The badges' and card's insides sit in closed shadow roots, out of axe's reach: what it checks is
  // what pages and assistive technology see of them (role, name, state) — no new violation.
  expect(await violations(page)).toEqual(before);
  expect(before).toEqual([]);
});
