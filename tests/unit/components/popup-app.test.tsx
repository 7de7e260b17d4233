// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { currentTabUrl } from '@/entrypoints/popup/current-tab';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { makeHistory, makeSnapshot } from '../../e2e/support/snapshot-fixture';
import { byTestId, interact, mount, settle } from './render';

const stored = async () =>
  (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  window.history.replaceState(null, '', '/popup.html?tab=https%3A%2F%2Fnews.test%2Fa');
});
afterEach(() => {
  document.body.innerHTML = '';
  delete document.body.dataset.renderedAt;
});

async function open() {
  const root = await mount(<PopupApp />);
  await settle();
  return root;
}

describe('popup', () => {
  it('renders the cached snapshot at once, with no request to the background', async () => {
    await fakeBrowser.storage.local.set({ snapshot: makeSnapshot(), history: makeHistory() });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const root = await open();
    expect(byTestId(root, 'headline').textContent).toMatch(/^BTC \$70,120 is 1\d\.\d% below/);
    expect(byTestId(root, 'updated').textContent).toBe('Updated 2 min ago');
    expect(byTestId(root, 'cost-chart')).toBeTruthy();
    expect(root.querySelector('[data-testid="stale"]')).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(Number(document.body.dataset.renderedAt)).toBeGreaterThan(0);
  });

  it('says what failed and how old the last good data is when stale', async () => {
    const now = Date.now();
    const snapshot = makeSnapshot({
      ageMs: 3 * 3_600_000,
      health: {
        stale: true,
        failing: true,
        lastGoodAt: now - 3 * 3_600_000,
        errors: [{ source: 'mempool.space', message: 'HTTP 503', at: now - 60_000 }],
        nextAttemptAt: now + 20 * 60_000,
      },
    });
    await fakeBrowser.storage.local.set({ snapshot });
    const root = await open();
    const notice = byTestId(root, 'stale');
    expect(byTestId(root, 'next-attempt').dataset.value).toBe(String(now + 20 * 60_000));
    expect(byTestId(root, 'next-attempt').textContent).toContain('Refresh tries now');
    expect(notice.textContent).toMatch(
      /^Cannot reach the data sources\. Showing data from .+ \(3 hr ago\)\. Next try /,
    );
    // Right under the headline, before the gauge and the chart.
    expect(byTestId(root, 'headline').nextElementSibling).toBe(notice);
    const details = byTestId(root, 'stale-details');
    expect(details.textContent).toContain('mempool.space failed 1 min ago');
    expect(details.textContent).toContain('the service is unavailable for now (HTTP 503)');
    expect(byTestId(root, 'last-good').textContent).toMatch(/\(3 hr ago\)\.$/);
  });

  it('Refresh asks the background and shows its error', async () => {
    await fakeBrowser.storage.local.set({ snapshot: makeSnapshot() });
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ snapshot: null, error: 'every source failed' } as never);
    const root = await open();
    await interact(() => byTestId(root, 'refresh').click());
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'refresh' });
    expect(byTestId(root, 'refresh-error').textContent).toBe('Refresh failed: every source failed');
  });

  it('with an empty cache, says so and asks the background once', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ snapshot: null } as never);
    const root = await open();
    expect(byTestId(root, 'no-data').textContent).toContain('fetching the first numbers');
    expect(send).toHaveBeenCalledWith({ type: 'getSnapshot' });
  });

  it('with an empty cache and every source down, says the sources cannot be reached, not "fetching"', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ snapshot: null } as never);
    await fakeBrowser.storage.local.set({ fetchLog: { price: { at: 1, errors: [], failed: true } } });
    const root = await open();
    await settle();
    const text = byTestId(root, 'no-data').textContent ?? '';
    expect(text).toContain('cannot be reached right now');
    expect(text).not.toContain('fetching');
    // The background gets through: the log changes and the message follows.
    await fakeBrowser.storage.local.set({ fetchLog: { price: { at: 2, errors: [], failed: false } } });
    await settle();
    expect(byTestId(root, 'no-data').textContent).toContain('fetching the first numbers');
  });

  it('the site switch turns badges off for the current host only', async () => {
    await fakeBrowser.storage.local.set({ snapshot: makeSnapshot() });
    const root = await open();
    expect(byTestId(root, 'site-host').textContent).toBe('news.test');
    const toggle = byTestId(root, 'site-switch');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await interact(() => toggle.click());
    await settle();
    expect((await stored())?.disabledSites).toEqual(['news.test']);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
  });

  it('the global pause disables the site switch and says why', async () => {
    const root = await open();
    await interact(() => byTestId(root, 'pause-switch').click());
    await settle();
    expect((await stored())?.paused).toBe(true);
    expect(byTestId(root, 'site-switch').hasAttribute('disabled')).toBe(true);
    expect(root.textContent).toContain('Paused everywhere');
  });

  it('shows amounts in the display currency', async () => {
    await fakeBrowser.storage.local.set({ snapshot: makeSnapshot() });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, displayCurrency: 'EUR' } });
    const root = await open();
    expect(byTestId(root, 'price').textContent).toBe('€64,500');
  });
});

describe('currentTabUrl', () => {
  it('prefers the ?tab= test override, else the active tab of the current window', async () => {
    expect(await currentTabUrl('?tab=https://a.test/')).toBe('https://a.test/');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url: 'https://b.test/x' }] as never);
    expect(await currentTabUrl('')).toBe('https://b.test/x');
  });
});
