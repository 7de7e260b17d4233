import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const FETCH_LOG_KEY = 'fetchLog';

/** True when the background's last attempt at prices or network data found every source down. */
const failed = (log: unknown): boolean => {
  const tiers = log as { price?: { failed?: unknown }; network?: { failed?: unknown } } | null;
  return tiers?.price?.failed === true || tiers?.network?.failed === true;
};

/**
 * Whether the sources are down, from the background's fetch log in storage.local, kept current: with no
 * data yet, the popup says so instead of "fetching…" (tests/e2e/economics.spec.ts).
 */
export function useSourcesDown(active: boolean): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    if (!active) return;
    let alive = true;
    void browser.storage.local
      .get(FETCH_LOG_KEY)
      .then((stored) => alive && setDown(failed(stored[FETCH_LOG_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && FETCH_LOG_KEY in changes) setDown(failed(changes[FETCH_LOG_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [active]);
  return down;
}
