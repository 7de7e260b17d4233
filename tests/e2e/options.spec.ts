import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageWithPrice } from './support/popup-page';
import { backgroundSettled, makeSnapshot } from './support/snapshot-fixture';

/** Text of every badge pill; they live in closed shadow roots, which only CDP can pierce. */
async function pillTexts(page: Page): Promise<string[]> {
  type Node = { nodeName: string; nodeValue?: string; children?: Node[]; shadowRoots?: Node[] };
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  await cdp.detach();
  const text = (node: Node): string =>
    (node.nodeName === '#text' ? (node.nodeValue ?? '') : '') +
    [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join('');
  const badges: Node[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === 'HASHFLOOR-BADGE') badges.push(node);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
  };
  walk(root);
  return badges.map((badge) => (badge.shadowRoots ?? []).map(text).join('').trim());
}

test('a badge style change applies live to an open tab, and a currency change to the open popup', async ({
  context,
  extensionId,
  pages,
  readStorage,
  seedSnapshot,
  openOptions,
}) => {
  test.slow(); // several pages and live round trips through storage on a shared 2-core machine
  await backgroundSettled(readStorage);
  await seedSnapshot(makeSnapshot());
  const site = await pageWithPrice(context, pages.url('plain.html', 'news-a.test'));
  await expect.poll(() => pillTexts(site)).toEqual([expect.stringMatching(/% (below|above) cost$/)]);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('price')).toHaveText(/^\$/);

  const options = await openOptions();
  await options.getByLabel('Price ÷ cost').check();
  await expect.poll(() => pillTexts(site)).toEqual([expect.stringMatching(/\d\.\d\d× cost$/)]);
  await options.getByLabel('The cost figure').check();
  await expect.poll(() => pillTexts(site)).toEqual([expect.stringMatching(/cost \$\d+(\.\d)?k$/)]);

  await options.getByLabel('Currency for the popup and cards').selectOption('EUR');
  await expect(popup.getByTestId('price')).toHaveText(/^€/);
  await expect(site.locator('hashfloor-badge').first()).toHaveAttribute('aria-description', /€/);
  expect(await readStorage('sync', 'settings')).toMatchObject({ badgeStyle: 'cost', displayCurrency: 'EUR' });
});

test("sections come in a reader's order: display, sites, alerts, then the cost model and data", async ({
  openOptions,
}) => {
  const page = await openOptions();
  await expect(page.locator('h2').first()).toHaveText('Display');
  expect(await page.locator('h2').allTextContents()).toEqual([
    'Display',
    'Sites',
    'Not Bitcoin prices',
    'Alerts',
    'Cost model',
    'Refresh and appearance',
    'Back up and reset',
  ]);
});

test('the resulting cost updates as energy inputs are typed', async ({ readStorage, openOptions }) => {
  await backgroundSettled(readStorage);
  const options = await openOptions();
  const live = options.getByTestId('live-cost');
  await expect(live).toHaveText(/^Resulting cost: \$8\d,\d{3} per BTC$/);
  const before = Number(await live.getAttribute('data-value'));
  await options.getByLabel('Electricity price', { exact: true }).fill('0.09');
  await expect.poll(async () => Number(await live.getAttribute('data-value'))).toBeCloseTo(before * 2, 0);
  await options.getByLabel('Miner efficiency', { exact: true }).fill('500');
  await expect(options.getByRole('alert')).toHaveText('Enter a number from 5 to 150 J/TH.');
  await expect
    .poll(() => readStorage('sync', 'settings'))
    .toMatchObject({
      energy: { efficiencyJPerTh: 28, electricityUsdPerKwh: 0.09 },
    });
  await options.getByTestId('preset-efficient-miner').click();
  await expect(options.getByLabel('Miner efficiency', { exact: true })).toHaveValue('18');
  await options.getByTestId('model-published').check();
  await expect(live).toHaveAttribute('data-value', '87000');
});

test('keyboard only: every control is reachable with a visible focus ring and works', async ({
  readStorage,
  openOptions,
}) => {
  const options = await openOptions();
  await options.getByRole('heading', { name: 'Hashfloor settings' }).waitFor();
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    await options.keyboard.press('Tab');
    const focused = await options.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      if (el === document.body) return null;
      const target = el.classList.contains('file-input') ? (el.closest('label') as HTMLElement) : el;
      const style = getComputedStyle(target);
      return {
        id: el.dataset.testid ?? el.id ?? el.tagName,
        ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) break;
    expect(focused.ring, `focus ring on ${focused.id}`).toBe(true);
    seen.push(focused.id);
  }
  // One stop per radio group (arrows move inside), every input, the switch and the backup buttons.
  for (const id of [
    'model-energy',
    'energy-efficiency',
    'display-currency',
    'badge-style-percent',
    'min-confidence',
    'global-pause',
    'site-input',
    'theme-system',
    'export',
    'import',
    'reset',
  ]) {
    expect(seen, `reached ${id}`).toContain(id);
  }
  // Tab order follows the reader's order of the sections.
  expect(seen.indexOf('display-currency')).toBeLessThan(seen.indexOf('global-pause'));
  expect(seen.indexOf('global-pause')).toBeLessThan(seen.indexOf('model-energy'));
  expect(seen.indexOf('model-energy')).toBeLessThan(seen.indexOf('theme-system'));

  await options.getByTestId('badge-style-percent').focus();
  await options.keyboard.press('ArrowDown');
  await expect.poll(() => readStorage('sync', 'settings')).toMatchObject({ badgeStyle: 'multiple' });
  await options.getByTestId('global-pause').focus();
  await options.keyboard.press('Space');
  await expect(options.getByTestId('global-pause')).toHaveAttribute('aria-checked', 'true');
  await options.getByTestId('site-input').focus();
  await options.keyboard.type('example.com');
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('site-list')).toContainText('example.com');
  await expect
    .poll(() => readStorage('sync', 'settings'))
    .toMatchObject({ paused: true, disabledSites: ['example.com'] });
});
