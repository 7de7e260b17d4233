import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_KEY,
  type Settings,
} from '@/lib/settings';
import { onKeysChanged } from '@/lib/storage-watch';

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
    // A removal (reset by the browser) reads back as the defaults.
    const stop = onKeysChanged(browser.storage, ['sync', 'local'], [SETTINGS_KEY], (changed) =>
      setSettings(readSettings(changed[SETTINGS_KEY])),
    );
    return () => {
      alive = false;
      stop();
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
