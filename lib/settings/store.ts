import { readSettings } from './parse';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';

/** The slice of `browser.storage.StorageArea` settings need; injected so it runs in unit tests. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Settings live in storage.sync; when sync is unavailable (disabled, quota) they live in storage.local. */
export function createSettingsStore(sync: KeyValueArea | undefined, local: KeyValueArea) {
  async function load(): Promise<Settings> {
    for (const area of [sync, local]) {
      if (!area) continue;
      try {
        const found = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
        if (found !== undefined) return readSettings(found);
      } catch {
        // An unavailable area falls through to the next one.
      }
    }
    return DEFAULT_SETTINGS;
  }

  async function save(settings: Settings): Promise<void> {
    const items = { [SETTINGS_KEY]: readSettings(settings) };
    try {
      if (!sync) throw new Error('no sync storage');
      await sync.set(items);
    } catch {
      await local.set(items);
    }
  }

  async function update(patch: (current: Settings) => Settings): Promise<Settings> {
    const next = readSettings(patch(await load()));
    await save(next);
    return next;
  }

  return { load, save, update };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
