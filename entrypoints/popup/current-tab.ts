import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostOf } from '@/lib/settings/site-rules';

/**
 * The URL of the tab the popup is about. Normally the active tab of the popup's window (its URL
 * is readable thanks to `activeTab`, granted when the toolbar button is clicked). A `?tab=<url>`
 * query parameter overrides it: end-to-end tests open the popup as a page in its own tab, where
 * "the current tab" would be the popup itself. Only read when present; nothing sets it in use.
 */
export async function currentTabUrl(search = location.search): Promise<string | undefined> {
  const override = new URLSearchParams(search).get('tab');
  if (override) return override;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

/** The current tab's host, or null for pages badges never run on (and while unknown). */
export function useCurrentHost(): string | null {
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    currentTabUrl()
      .then((url) => setHost(hostOf(url)))
      .catch(() => setHost(null));
  }, []);
  return host;
}
