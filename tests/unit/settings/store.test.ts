import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore, DEFAULT_SETTINGS, type KeyValueArea, SETTINGS_KEY } from '@/lib/settings';

const broken = (): KeyValueArea => ({
  get: vi.fn(async () => {
    throw new Error('sync is off');
  }),
  set: vi.fn(async () => {
    throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
  }),
});

describe('createSettingsStore', () => {
  beforeEach(() => fakeBrowser.reset());
  const { sync, local } = fakeBrowser.storage;

  it('loads the defaults when nothing is stored', async () => {
    expect(await createSettingsStore(sync, local).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to storage.sync under the `settings` key and reads it back', async () => {
    const store = createSettingsStore(sync, local);
    await store.save({ ...DEFAULT_SETTINGS, paused: true });
    expect((await sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ paused: true });
    expect(await local.get(SETTINGS_KEY)).toEqual({});
    expect((await store.load()).paused).toBe(true);
  });

  it('prefers sync over local when both hold settings', async () => {
    await sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'light' } });
    expect((await createSettingsStore(sync, local).load()).theme).toBe('dark');
  });

  it('falls back to storage.local when sync throws', async () => {
    await local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, badgeStyle: 'cost' } });
    const store = createSettingsStore(broken(), local);
    expect((await store.load()).badgeStyle).toBe('cost');
    await store.save({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ theme: 'dark' });
  });

  it('uses storage.local when there is no sync area at all', async () => {
    const store = createSettingsStore(undefined, local);
    await store.update((s) => ({ ...s, paused: true }));
    expect((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ paused: true });
  });

  it('validates on read: corrupt stored fields fall back without losing valid ones', async () => {
    await sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 7, displayCurrency: 'JPY' } });
    const settings = await createSettingsStore(sync, local).load();
    expect(settings.theme).toBe('system');
    expect(settings.displayCurrency).toBe('JPY');
  });

  it('validates on write: save never stores an invalid field', async () => {
    await createSettingsStore(sync, local).save({ ...DEFAULT_SETTINGS, theme: 'neon' as never });
    expect((await sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ theme: 'system' });
  });

  it('update applies a patch to the current settings and returns the stored result', async () => {
    const store = createSettingsStore(sync, local);
    await store.save({ ...DEFAULT_SETTINGS, disabledSites: ['a.test'] });
    const next = await store.update((s) => ({ ...s, disabledSites: [...s.disabledSites, 'b.test'] }));
    expect(next.disabledSites).toEqual(['a.test', 'b.test']);
    expect(await store.load()).toEqual(next);
  });
});
