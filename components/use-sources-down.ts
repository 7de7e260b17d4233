import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchKeys } from '@/lib/storage-watch';

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
    return watchKeys(browser.storage, 'local', [FETCH_LOG_KEY], (stored) =>
      setDown(failed(stored[FETCH_LOG_KEY])),
    );
  }, [active]);
  return down;
}
