import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GATE_SCRIPT_FILE } from '@/lib/background/site-access';
import { t } from './i18n';

/** The "ask per site" build ships no content script in its manifest (wxt.config.ts). */
export function asksPerSite(): boolean {
  try {
    return !browser.runtime.getManifest().content_scripts;
  } catch {
    return false; // No manifest to read (unit tests' fake browser): the default build.
  }
}

/**
 * In the "ask per site" build: when Hashfloor may not read the current site yet, one button asks the
 * browser for that site only, then starts the overlay in the open tab (the background registers it for
 * future visits). Renders nothing in the default build or once access is granted.
 */
export function SiteAccessPrompt({ host }: { host: string | null }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const origins = host ? [`*://${host}/*`] : [];

  useEffect(() => {
    if (!host || !asksPerSite()) return;
    browser.permissions.contains({ origins }).then(setGranted, () => setGranted(null));
  }, [host]);

  if (!host || granted !== false) return null;
  const allow = async () => {
    setError(null);
    try {
      const ok = await browser.permissions.request({ origins });
      setGranted(ok);
      if (!ok) return setError(t('accessNotGranted'));
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) {
        await browser.scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          files: [`/${GATE_SCRIPT_FILE}`],
        });
      }
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <section class="notice" aria-label={t('siteAccess')} data-testid="site-access">
      <p>{t('siteAccessAsk', host)}</p>
      <button type="button" onClick={allow} data-testid="allow-site">
        {t('allowOn', host)}
      </button>
      <span role="status" class="field-error">
        {error}
      </span>
    </section>
  );
}
