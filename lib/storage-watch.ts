/**
 * Watching stored keys, the one way every part does it: the popup's and options' hooks, the overlay's
 * published view and the background's reactions to settings and snapshots. The storage API is passed
 * in (`browser.storage`), so this file holds no extension global. (Its parameter is not called `storage`:
 * WXT's auto-imports would take that name for its own storage module and bundle it, 3 KB gzip.)
 */

/** A change event's listener, as `storage.onChanged` calls it. */
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The slice of `browser.storage` watching needs: its change event and its areas' `get`. */
export interface WatchedStorage {
  /** `removeListener` is needed only to stop (the background never does). */
  onChanged: { addListener(fn: Listener): void; removeListener?(fn: Listener): void };
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  sync: { get(keys: string[]): Promise<Record<string, unknown>> };
}

/**
 * Calls `onChange` with the new values of whichever of `keys` changed in one of `areas`; returns the
 * function that stops watching.
 * @example const stop = onKeysChanged(browser.storage, ['sync', 'local'], ['settings'], (v) => apply(v.settings));
 */
export function onKeysChanged(
  api: Pick<WatchedStorage, 'onChanged'>,
  areas: readonly string[],
  keys: readonly string[],
  onChange: (values: Record<string, unknown>, area: string) => void,
): () => void {
  const listener: Listener = (changes, area) => {
    if (!areas.includes(area)) return;
    const values: Record<string, unknown> = {};
    let any = false;
    for (const key of keys) {
      if (!(key in changes)) continue;
      values[key] = changes[key]?.newValue;
      any = true;
    }
    if (any) onChange(values, area);
  };
  api.onChanged.addListener(listener);
  return () => api.onChanged.removeListener?.(listener);
}

/**
 * Reads `keys` from `area` now and again after each change to one of them, handing `onValues` the
 * stored values; a read that a later one overtook is dropped, so a slow first read never lands after a
 * change. A failed read counts as nothing stored. Returns the function that stops watching.
 * @example const stop = watchKeys(browser.storage, 'local', ['snapshot'], (v) => show(v.snapshot));
 */
export function watchKeys(
  api: WatchedStorage,
  area: 'local' | 'sync',
  keys: readonly string[],
  onValues: (values: Record<string, unknown>) => void,
): () => void {
  let latest = 0;
  let stopped = false;
  const read = async () => {
    const mine = ++latest;
    const values = await api[area].get([...keys]).catch(() => ({}) as Record<string, unknown>);
    if (mine === latest && !stopped) onValues(values);
  };
  const stop = onKeysChanged(api, [area], keys, () => void read());
  void read();
  return () => {
    stopped = true;
    stop();
  };
}
