import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_KEY,
  type Settings,
} from '@/lib/settings';

export type UpdateSettings = (
  patch: Partial<Settings> | ((current: Settings) => Settings),
) => Promise<Settings>;

/**
 * The user's settings, kept current by watching storage (so a change made in the options page,
 * another window or an import shows up at once), and a validated updater.
 * `loaded` is false until the first read finishes.
 */
export function useSettings(): { settings: Settings; loaded: boolean; update: UpdateSettings } {
  const store = useMemo(() => createSettingsStore(browser.storage.sync, browser.storage.local), []);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let alive = true;
    store.load().then((value) => {
      if (!alive) return;
      setSettings(value);
      setLoaded(true);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (!change || (area !== 'sync' && area !== 'local')) return;
      // A removal (reset by the browser) reads back as the defaults.
      setSettings(readSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [store]);

  const update = useCallback<UpdateSettings>(
    async (patch) => {
      const apply = (current: Settings) =>
        typeof patch === 'function' ? patch(current) : { ...current, ...patch };
      // Shown at once: a re-render before the write lands (a snapshot arriving) must not undo the
      // reader's click (tests/e2e/options-import.spec.ts). The stored, validated value then wins.
      setSettings(apply);
      const next = await store.update(apply);
      setSettings(next);
      return next;
    },
    [store],
  );

  return { settings, loaded, update };
}
