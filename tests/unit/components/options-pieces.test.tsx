// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { makeSnapshot } from '../../e2e/support/snapshot-fixture';
import { byTestId, interact, mount, settle } from './render';

const stored = async (): Promise<Settings> =>
  (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;

async function type(input: HTMLInputElement, value: string) {
  await interact(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

async function choose(file: File) {
  const input = byTestId(document, 'import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await interact(() => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ snapshot: makeSnapshot() });
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function open() {
  const root = await mount(<OptionsApp />);
  await settle();
  return root;
}

describe('options page', () => {
  it('shows the live resulting cost and updates it as energy inputs are typed', async () => {
    const root = await open();
    const before = Number(byTestId(root, 'live-cost').dataset.value);
    expect(before).toBeGreaterThan(80_000);
    await type(byTestId(root, 'energy-electricity') as HTMLInputElement, '0.09');
    expect(Number(byTestId(root, 'live-cost').dataset.value)).toBeCloseTo(before * 2, 0);
    expect((await stored()).energy.electricityUsdPerKwh).toBe(0.09);
  });

  it('explains an out-of-range input and does not save it', async () => {
    const root = await open();
    const input = byTestId(root, 'energy-efficiency') as HTMLInputElement;
    await type(input, '500');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Enter a number from 5 to 150 J/TH.');
    expect(await stored()).toBeUndefined();
  });

  it('applies a preset in one click and marks it pressed', async () => {
    const root = await open();
    await interact(() => byTestId(root, 'preset-efficient-miner').click());
    await settle();
    expect((await stored()).energy).toEqual({
      efficiencyJPerTh: 18,
      electricityUsdPerKwh: 0.04,
      overhead: 1.2,
    });
    expect(byTestId(root, 'preset-efficient-miner').getAttribute('aria-pressed')).toBe('true');
    expect((byTestId(root, 'energy-efficiency') as HTMLInputElement).value).toBe('18');
  });

  it('switches to a published estimate and shows its figure', async () => {
    const root = await open();
    await interact(() => byTestId(root, 'model-published').click());
    await settle();
    expect((await stored()).costModel).toBe('published');
    expect(Number(byTestId(root, 'live-cost').dataset.value)).toBe(87_000);
  });

  it('rejects a bad import with its reason and changes nothing', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, badgeStyle: 'multiple' } });
    await open();
    await choose(new File([JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'neon' })], 'bad.json'));
    const status = byTestId(document, 'import-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.textContent).toMatch(/^Import rejected, nothing changed\. Invalid setting "theme"/);
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, badgeStyle: 'multiple' });
  });

  it('imports a good file', async () => {
    await open();
    await choose(new File([JSON.stringify({ ...DEFAULT_SETTINGS, displayCurrency: 'JPY' })], 'good.json'));
    expect((await stored()).displayCurrency).toBe('JPY');
    expect((byTestId(document, 'display-currency') as HTMLSelectElement).value).toBe('JPY');
  });

  it('resets to defaults only after confirmation', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, paused: true } });
    const root = await open();
    await interact(() => byTestId(root, 'reset').click());
    expect(document.activeElement).toBe(byTestId(root, 'reset-confirm'));
    await interact(() => byTestId(root, 'reset-cancel').click());
    expect((await stored()).paused).toBe(true);
    await interact(() => byTestId(root, 'reset').click());
    await interact(() => byTestId(root, 'reset-confirm').click());
    await settle();
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('adds and removes sites, rejecting junk', async () => {
    const root = await open();
    const input = byTestId(root, 'site-input') as HTMLInputElement;
    await type(input, 'https://News.Example.com/a');
    await interact(() => root.querySelector<HTMLFormElement>('.inline-form')!.requestSubmit());
    await settle();
    expect((await stored()).disabledSites).toEqual(['news.example.com']);
    await type(input, 'nope');
    await interact(() => root.querySelector<HTMLFormElement>('.inline-form')!.requestSubmit());
    expect(root.textContent).toContain('"nope" is not a site name');
    await interact(() =>
      root.querySelector<HTMLButtonElement>('[aria-label="Remove news.example.com"]')!.click(),
    );
    await settle();
    expect((await stored()).disabledSites).toEqual([]);
  });

  it('follows settings changed elsewhere (another window, the popup)', async () => {
    const root = await open();
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark', paused: true },
    });
    await settle();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(byTestId(root, 'global-pause').getAttribute('aria-checked')).toBe('true');
  });
});
