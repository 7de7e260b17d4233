import type { Settings } from './schema';

/** True when `host` is `site` or one of its subdomains ("news.example.com" is on "example.com"). */
export const onSite = (host: string, site: string): boolean => {
  const h = host.toLowerCase().replace(/^www\./, '');
  const s = site.toLowerCase().replace(/^www\./, '');
  return h === s || h.endsWith(`.${s}`);
};

// The popup's per-site switch (and the keyboard shortcut and context menu) edit the same lists the
// content script reads, matched the same way (lib/overlay/site.ts: `www.` ignored, subdomains included). In `all` mode a site is on
// unless listed in `disabledSites`; in `allowlist` mode only if listed in `allowedSites`.
// New entries are stored as `URL.hostname` gives them (lower case, no port).

/** The host overlays are keyed by, or null for pages they never run on (chrome://, file:, about:). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** Whether the site rules (ignoring the global pause) let overlays run on `host`. */
export function isSiteOn(settings: Settings, host: string): boolean {
  return settings.siteMode === 'allowlist'
    ? settings.allowedSites.some((site) => onSite(host, site))
    : !settings.disabledSites.some((site) => onSite(host, site));
}

// Switching on removes every entry that covers the host (e.g. a parent domain), so it really is on.
const without = (list: string[], host: string) => list.filter((site) => !onSite(host, site));
const withHost = (list: string[], host: string) =>
  list.some((site) => onSite(host, site)) ? list : [...list, host];

/** Settings with `host` switched on or off under the current site mode. */
export function setSiteOn(settings: Settings, host: string, on: boolean): Settings {
  if (settings.siteMode === 'allowlist') {
    return {
      ...settings,
      allowedSites: on ? withHost(settings.allowedSites, host) : without(settings.allowedSites, host),
    };
  }
  return {
    ...settings,
    disabledSites: on ? without(settings.disabledSites, host) : withHost(settings.disabledSites, host),
  };
}

/** Normalises what someone types into the site list ("https://www.X.com/path" → "www.x.com"); null if not a host. */
export function parseHostInput(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return null;
  const host = hostOf(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
  return host && /^[a-z0-9.-]+$/.test(host) && host.includes('.') && host.length <= 253 ? host : null;
}
