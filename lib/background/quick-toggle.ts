/**
 * Badges on or off for the site of the current tab, from the keyboard shortcut (`commands`) or the
 * page's context menu: the same switch as the popup's, without opening it (tests/unit/background/quick-toggle.test.ts).
 */
import { hostOf, isSiteOn, setSiteOn } from '../settings/site-rules';
import type { SettingsStore } from '../settings/store';

export const TOGGLE_SITE = 'toggle-site';

/**
 * Flips the site of `url`; returns whether badges are now on there, or null for pages without badges
 * (chrome://, file:, no URL).
 * @example await toggleSite(store, 'https://news.example/article') // false: now off on news.example
 */
export async function toggleSite(store: SettingsStore, url: string | undefined): Promise<boolean | null> {
  const host = hostOf(url);
  if (!host) return null;
  const next = await store.update((s) => setSiteOn(s, host, !isSiteOn(s, host)));
  return isSiteOn(next, host);
}
