/** The global pause and per-site switches (settings `paused`, `siteMode`, site lists). */
import type { SiteSwitches } from './overlay-view';

/** True when `host` is `site` or one of its subdomains ("news.example.com" is on "example.com"). */
export const onSite = (host: string, site: string): boolean => {
  const h = host.toLowerCase().replace(/^www\./, '');
  const s = site.toLowerCase().replace(/^www\./, '');
  return h === s || h.endsWith(`.${s}`);
};

/** Whether badges may show on `host` under the settings' switches. */
export function isEnabledOn(host: string, settings: SiteSwitches): boolean {
  if (settings.paused) return false;
  if (settings.siteMode === 'allowlist') return settings.allowedSites.some((site) => onSite(host, site));
  return !settings.disabledSites.some((site) => onSite(host, site));
}
