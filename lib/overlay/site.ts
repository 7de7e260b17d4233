/** The global pause and per-site switches (settings `paused`, `siteMode`, site lists). */
import { onSite } from '../settings/site-rules';
import type { SiteSwitches } from './overlay-view';

/** Whether badges may show on `host` under the settings' switches. */
export function isEnabledOn(host: string, settings: SiteSwitches): boolean {
  if (settings.paused) return false;
  if (settings.siteMode === 'allowlist') return settings.allowedSites.some((site) => onSite(host, site));
  return !settings.disabledSites.some((site) => onSite(host, site));
}
