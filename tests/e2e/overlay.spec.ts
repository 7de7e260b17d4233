import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { overlayCaughtUp } from './support/overlay-caught-up';
import { makeSnapshot } from './support/snapshot-fixture';

// Which prices get a badge, and which do not, on the fixture pages in tests/e2e/pages.

const badgeTexts = (page: Page) =>
  page
    .locator('hashfloor-badge[data-hashfloor-kind]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-hashfloor-text')));

test.beforeEach(async ({ seedSnapshot }) => {
  await seedSnapshot(makeSnapshot());
});

test('news article: BTC prices in prose, split spans and the sidebar; not ether, gold or code', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  await expect(page.locator('#side-btc hashfloor-badge')).toHaveCount(1);
  expect(await badgeTexts(page)).toEqual(['$70,123', '$70,456.78', '$87,000', '$70,210.55']);
  const cost = page.locator('#cost hashfloor-badge');
  await expect(cost).toHaveAttribute('data-hashfloor-kind', 'btc_cost');
  const lead = page.locator('#lead hashfloor-badge');
  await expect(lead).toHaveAttribute('data-hashfloor-usd', '70123');
  await expect(lead).toHaveAttribute('aria-label', /^Bitcoin price \$70,123: \d+% below cost$/);
  await expect(lead).toHaveAttribute('aria-description', /^Estimated cost to mine one bitcoin: \$[\d,]+ /);
  const gap = Number(await lead.getAttribute('data-hashfloor-gap'));
  expect(gap).toBeLessThan(0);
  // Page text is intact: the split prose node still reads the same.
  await expect(page.locator('#lead')).toHaveText(/^Bitcoin fell to \$70,123 on Monday/);
  await expect(page.locator('#split')).toHaveText(
    'The last Bitcoin trade printed at $70,456.78 before the close.',
  );
  await expect(page.locator('#split .px + hashfloor-badge')).toHaveAttribute(
    'data-hashfloor-kind',
    'btc_price',
  );
  // A badge takes its own width and nothing more: a line holding one is as tall as a line without
  // (an inline-block pill made each such line a pixel taller).
  const heights = await page
    .locator('#lead, #split, #cost, #other')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(new Set(heights).size).toBe(1);
});

test('web components: prices in open shadow roots (declarative, scripted, added later) get badges; closed ones none', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('components.html', 'news.test'));
  // Playwright's CSS locators pierce open shadow roots.
  await expect(page.locator('#declarative hashfloor-badge')).toHaveAttribute(
    'data-hashfloor-text',
    '$70,456',
  );
  await expect(page.locator('#scripted hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,789');
  await expect(page.locator('#light hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,123');
  // Added after load, then changed inside its shadow root: one badge, following the new price.
  await expect(page.locator('#late hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$69,999');
  await expect(page.locator('#late hashfloor-badge')).toHaveCount(1);
  const inClosed = await page.evaluate(
    () =>
      (window as unknown as { closedRoot: ShadowRoot }).closedRoot.querySelectorAll('hashfloor-badge').length,
  );
  expect(inClosed).toBe(0);
  await expect(page.locator('#declarative p')).toHaveText('Bitcoin last traded at $70,456.');
});

test('a document rewritten with document.open/write gets badges, and so does content added to it later', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('rewrite.html', 'news.test'));
  await expect(page.locator('#new hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,321');
  await expect(page.locator('#later hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$69,876');
  await expect(page.locator('hashfloor-badge')).toHaveCount(2);
  // document.open() erased the document's listeners; copying across a badge still copies the page's text.
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#new')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste' })),
  );
  await page.keyboard.press('Control+C');
  await page.locator('#paste').focus();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#paste')).toHaveValue('Bitcoin traded at $70,321 at noon.');
});

test('hidden content (display: none, a closed <details>, visibility: hidden) shows no badge until it is shown', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('hidden.html', 'news.test'));
  await expect(page.locator('#shown hashfloor-badge')).toHaveCount(1);
  // Settled: the first scan has run, and left the unrendered prices alone.
  await expect(page.locator('hashfloor-badge:not(#invisible *)')).toHaveCount(1);
  // Under visibility: hidden a badge may exist (it has a box), but hides and leaves the tab order with
  // its text, and shows when the text does.
  const invisible = page.locator('#invisible hashfloor-badge');
  await expect(invisible).toHaveCount(1);
  await expect(invisible).toBeHidden();
  await page.locator('#shown hashfloor-badge').focus();
  await page.keyboard.press('Tab');
  expect(await invisible.evaluate((el) => el === document.activeElement)).toBe(false);
  await page.locator('#invisible').evaluate((el) => {
    (el as HTMLElement).style.visibility = 'visible';
  });
  await expect(invisible).toBeVisible();
  await page.locator('#tab').evaluate((el) => {
    (el as HTMLElement).style.display = 'block';
  });
  await expect(page.locator('#tab hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,200');
  await page.locator('#faq summary').click();
  await expect(page.locator('#answer hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,300');
  await expect(page.locator('hashfloor-badge')).toHaveCount(4);
});

test('one 5 MB text node with 1,000 prices: the first 300 get badges, in order, and the text reads the same', async ({
  context,
  pages,
}) => {
  test.slow(); // the page itself lays out 5 MB of text
  const page = await context.newPage();
  await page.goto(pages.url('bench/giant-node.html', 'log.test'));
  const badges = page.locator('#log hashfloor-badge');
  await expect(badges).toHaveCount(300, { timeout: 30_000 });
  const { first, texts, intact, pieces } = await page.evaluate(() => {
    const log = document.querySelector('#log')!;
    const text = log.textContent ?? '';
    const prices = [...text.matchAll(/Bitcoin traded at (\$[\d,]+)\./g)].map((m) => m[1]);
    return {
      first: prices.slice(0, 300),
      texts: [...log.querySelectorAll('hashfloor-badge')].map((b) => b.getAttribute('data-hashfloor-text')),
      intact: text.length > 5_000_000 && prices.length === 1000,
      pieces: log.childNodes.length,
    };
  });
  expect(intact).toBe(true);
  expect(texts).toEqual(first);
  // One split per badge: the text node and 300 pieces after it, a badge before each piece.
  expect(pieces).toBe(601);
});

test('badge UI: closed shadow root, one Tab stop per badge, card on Enter, one shared stylesheet', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  const badge = page.locator('#lead hashfloor-badge');
  await expect(badge).toHaveCount(1);
  expect(await badge.evaluate((el) => el.shadowRoot)).toBeNull();
  // Focus alone opens nothing, and Tab goes on to the next badge, not into a card.
  await badge.focus();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => {
      const active = document.activeElement;
      return active?.localName === 'hashfloor-badge' && !document.querySelector('#lead')!.contains(active);
    }),
  ).toBe(true);
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  const box = await badge.boundingBox();
  expect(box?.height ?? 99).toBeLessThan(24);
});

test("a past peak and a forecast are badged quietly as not today's price, or not at all", async ({
  context,
  pages,
  writeStorage,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('far.html', 'news.test'));
  const far = (id: string) => page.locator(`#${id} hashfloor-badge`);
  await expect(far('peak')).toHaveAttribute('data-hashfloor-far', 'true');
  await expect(far('forecast')).toHaveAttribute('data-hashfloor-far', 'true');
  await expect(far('today')).toHaveAttribute('data-hashfloor-far', 'false');
  await expect(far('peak')).toHaveAttribute('aria-description', /^Not today's price/);
  await writeStorage('sync', { settings: { version: 2, farPrices: 'hide' } });
  await expect(page.locator('hashfloor-badge')).toHaveCount(1);
  await expect(far('today')).toHaveCount(1);
});

test('print: badges are not printed, and come back on screen', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  const badge = page.locator('#lead hashfloor-badge');
  await expect(badge).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(badge).toBeHidden();
  await expect(page.locator('#lead')).toHaveText(/^Bitcoin fell to \$70,123 on Monday/);
  await page.emulateMedia({ media: 'screen' });
  await expect(badge).toBeVisible();
});

test('copy: a selection across a badge copies the page text alone, plain and HTML', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  await expect(page.locator('#lead hashfloor-badge')).toHaveCount(1);
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#lead')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    addEventListener('copy', (e) => {
      const w = window as unknown as { copied: { text: string; html: string } };
      w.copied = {
        text: e.clipboardData!.getData('text/plain'),
        html: e.clipboardData!.getData('text/html'),
      };
    });
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(
    () => (window as unknown as { copied: { text: string; html: string } }).copied,
  );
  expect(copied.text).toBe(
    'Bitcoin fell to $70,123 on Monday, its lowest level since the spring, while ether traded at $2,050.',
  );
  expect(copied.html).toContain('<b>$70,123</b>');
  expect(copied.html).not.toContain('hashfloor');
  // The badge is back on screen after the copy, and a real paste gets the page text.
  await expect(page.locator('#lead hashfloor-badge')).toBeVisible();
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste' })),
  );
  await page.locator('#paste').focus();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#paste')).toHaveValue(copied.text);
});

test('coins table: only the Bitcoin row price', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('coins.html', 'coins.test'));
  await expect(page.locator('#r-btc hashfloor-badge')).toHaveCount(1);
  expect(await badgeTexts(page)).toEqual(['$70,123.45']);
});

test('editor page: inputs, textareas, contenteditable and pre are untouched', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('editor.html', 'editor.test'));
  await expect(page.locator('#preview hashfloor-badge')).toHaveCount(1);
  expect(await badgeTexts(page)).toEqual(['$70,999']);
  await expect(page.locator('#title')).toHaveValue('Bitcoin at $70,123');
  await expect(page.locator('#body')).toHaveValue('Bitcoin traded at $70,123 today.');
  await page.locator('#rich b').click();
  await page.keyboard.type(' up');
  await overlayCaughtUp(page);
  await expect(page.locator('#rich hashfloor-badge')).toHaveCount(0);
});

test('multilingual page: prices written the local way', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('multilingual.html', 'multi.test'));
  await expect(page.locator('#de hashfloor-badge')).toHaveCount(1);
  await expect(page.locator('#de hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '64.500 €');
  const usd = Number(await page.locator('#de hashfloor-badge').getAttribute('data-hashfloor-usd'));
  expect(usd).toBeGreaterThan(64_500); // euros are worth more than dollars in the fixture rates
});

test('prices in won, rupees and lira are badged with the daily page rates', async ({ context }) => {
  const page = await context.newPage();
  const body =
    '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>비트코인 시세</title></head><body>' +
    '<p id="ko">비트코인은 업비트에서 9,606만 원에 거래됐다.</p>' +
    '<p id="hi" lang="hi">बिटकॉइन की कीमत ₹58,50,000 पर पहुंची।</p>' +
    '<p id="tr" lang="tr">Bitcoin 2,4 milyon TL seviyesinde işlem görüyor.</p></body></html>';
  await page.route('http://rates.test/', (route) =>
    route.fulfill({ body, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('http://rates.test/');
  for (const [id, usd] of [
    ['ko', 96_060_000 / 1370],
    ['hi', 5_850_000 / 83.5],
    ['tr', 2_400_000 / 34],
  ] as const) {
    const badge = page.locator(`#${id} hashfloor-badge`);
    await expect(badge).toHaveCount(1);
    expect(Number(await badge.getAttribute('data-hashfloor-usd'))).toBeCloseTo(usd, -1);
  }
});

test('Arabic page: Arabic-Indic digits and «دولار» are read, ether is not badged', async ({ context }) => {
  const page = await context.newPage();
  const body =
    '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>سعر البيتكوين اليوم</title></head><body>' +
    '<p id="ar">ارتفع سعر البيتكوين إلى ٧٠٬١٢٠ دولار يوم الاثنين، بينما الإيثريوم عند ٣٬١٠٠ دولار.</p></body></html>';
  await page.route('http://arabic.test/', (route) =>
    route.fulfill({ body, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('http://arabic.test/');
  const badge = page.locator('#ar hashfloor-badge');
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAttribute('data-hashfloor-text', '٧٠٬١٢٠ دولار');
  await expect(badge).toHaveAttribute('data-hashfloor-usd', '70120');
  await expect(page.locator('#ar')).toHaveText(
    'ارتفع سعر البيتكوين إلى ٧٠٬١٢٠ دولار يوم الاثنين، بينما الإيثريوم عند ٣٬١٠٠ دولار.',
  );
});

test('iframe: the embedded widget gets its badge', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('iframe.html', 'blog.test'));
  const frame = page.frameLocator('#widget');
  await expect(frame.locator('hashfloor-badge')).toHaveCount(1);
  await expect(frame.locator('hashfloor-badge')).toHaveAttribute('data-hashfloor-text', '$70,321.09');
});

test('hostile page: its element class and patches do not run for us; markup stays text', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pages.url('hostile.html', 'hostile.test'));
  await expect(page.locator('#plain hashfloor-badge')).toHaveCount(1);
  expect(await badgeTexts(page)).toContain('$69,999');
  const state = await page.evaluate(() => ({
    alerts: (window as unknown as { __alerts: number }).__alerts,
    imgs: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('body script').length,
  }));
  expect(state).toEqual({ alerts: 0, imgs: 0, scripts: 0 });
  // The page's class may upgrade our host in the page's own world (the registry is per document), but
  // its constructor never runs in ours and cannot take the shadow root we attached before insertion.
  const upgraded = await page.evaluate(() => (window as unknown as { __constructed: number }).__constructed);
  test.info().annotations.push({ type: 'page constructor calls', description: String(upgraded) });
  // Our badges are ours: each keeps its own (closed) shadow root whatever the page registered.
  const hosts = await page
    .locator('hashfloor-badge')
    .evaluateAll((els) =>
      els.map((e) => ({ text: e.getAttribute('data-hashfloor-text'), open: e.shadowRoot !== null })),
    );
  for (const host of hosts) expect(host.open).toBe(false);
  expect(errors).toEqual([]);
});

test('pause and per-site switch apply live, without a reload', async ({ context, pages, writeStorage }) => {
  const page = await context.newPage();
  await page.goto(pages.url('news.html', 'news.test'));
  const all = page.locator('hashfloor-badge');
  await expect(all).toHaveCount(4);
  const base = { version: 1 };
  await writeStorage('sync', { settings: { ...base, paused: true } });
  await expect(all).toHaveCount(0);
  await writeStorage('sync', { settings: { ...base, paused: false } });
  await expect(all).toHaveCount(4);
  await writeStorage('sync', { settings: { ...base, disabledSites: ['news.test'] } });
  await expect(all).toHaveCount(0);
  await writeStorage('sync', { settings: { ...base, disabledSites: [] } });
  await expect(all).toHaveCount(4);
});

test('a snapshot update re-renders every badge', async ({ context, pages, writeStorage }) => {
  const page = await context.newPage();
  await page.goto(pages.url('coins.html', 'coins.test'));
  const badge = page.locator('#r-btc hashfloor-badge');
  await expect(badge).toHaveCount(1);
  // Through the settings, as a reader would: the background rebuilds the snapshot with the manual
  // cost. A hand-made snapshot whose cost contradicts its inputs is undone by the next refresh.
  await writeStorage('sync', { settings: { version: 1, costModel: 'manual', manualCostUsd: 50_000 } });
  await expect(badge).toHaveAttribute(
    'data-hashfloor-gap',
    String(Math.round((70123.45 / 50_000 - 1) * 1e4) / 1e4),
  );
});

// Badge 40 px and 230 px above the bottom edge of an 800 px viewport: at 230 px a card assumed 220 px
// tall went under the badge and ran off the screen (it is ~360 px; its height is measured now).
for (const fromBottom of [40, 230])
  test(`the card opens inside the viewport for a badge ${fromBottom} px above the bottom edge`, async ({
    context,
    pages,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 800 });
    await page.goto(pages.url('news.html', 'news.test'));
    const badge = page.locator('#lead hashfloor-badge');
    await expect(badge).toHaveCount(1);
    await page.evaluate((gap) => {
      document.body.style.paddingTop = '2000px';
      document.body.style.paddingBottom = '2000px';
      const box = document.querySelector('#lead hashfloor-badge')!.getBoundingClientRect();
      window.scrollBy(0, box.bottom - (innerHeight - gap));
    }, fromBottom);
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect(badge).toHaveAttribute('aria-expanded', 'true');
    // The card lives in the badge's closed shadow root: CDP's pierce reaches it where locators cannot.
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { nodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
    const find = (node: DomNode): DomNode | null => {
      const attrs = node.attributes ?? [];
      const cls = attrs.indexOf('class');
      if (cls >= 0 && attrs[cls + 1] === 'card') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const hit = find(child);
        if (hit) return hit;
      }
      return null;
    };
    const card = find(root as DomNode);
    expect(card).not.toBeNull();
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: card!.nodeId });
    const ys = model.border.filter((_: number, i: number) => i % 2 === 1);
    const badgeBox = (await badge.boundingBox())!;
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(800);
    // Not over the badge: wholly above it or wholly under it.
    expect(Math.max(...ys) <= badgeBox.y || Math.min(...ys) >= badgeBox.y + badgeBox.height).toBe(true);
  });
