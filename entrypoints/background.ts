import { realHttp, startBackground } from '@/lib/background/service';
import { startSiteAccess } from '@/lib/background/site-access';
import { API_HOST_PATTERNS } from '@/lib/sources/hosts';

// Thin wiring only: the logic lives in lib/background (docs/ARCHITECTURE.md: entry points only wire).
export default defineBackground(() => {
  startBackground(browser, realHttp(), navigator.language);
  // The "ask per site" build declares no content script: register it for the granted sites.
  if (!browser.runtime.getManifest().content_scripts && browser.scripting) {
    // The polyfill's types differ in detail from the slice the sync uses; the calls are the standard ones.
    startSiteAccess(browser as unknown as Parameters<typeof startSiteAccess>[0], API_HOST_PATTERNS);
  }
});
