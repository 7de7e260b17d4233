// The "ask per site" flavour: the manifest declares no content script, so pages get one only
// where the user granted access; this keeps the registered script's matches equal to those grants.

export const OVERLAY_SCRIPT_ID = 'hashfloor-overlay';
/** The gate (entrypoints/gate.ts): it loads the overlay itself where Bitcoin is named. */
export const GATE_SCRIPT_FILE = 'gate.js';

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The slice of `browser.permissions` and `browser.scripting` the sync needs. */
export interface SiteAccessApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** Page origins the user granted: every granted origin that is not one of our API hosts. */
export function grantedPageOrigins(origins: readonly string[], apiHosts: readonly string[]): string[] {
  return origins.filter((origin) => !apiHosts.includes(origin)).sort();
}

/**
 * Registers, updates or removes the overlay script so it runs exactly on the granted pages.
 * @returns the match patterns now registered (empty when none).
 * @example await syncOverlayScript(browser, API_HOST_PATTERNS) // after permissions.onAdded
 */
export async function syncOverlayScript(api: SiteAccessApi, apiHosts: readonly string[]): Promise<string[]> {
  const matches = grantedPageOrigins((await api.permissions.getAll()).origins ?? [], apiHosts);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
  if (!matches.length) {
    if (existing.length) await api.scripting.unregisterContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
    return [];
  }
  const script: RegisteredScript = {
    id: OVERLAY_SCRIPT_ID,
    matches,
    js: [GATE_SCRIPT_FILE],
    allFrames: true,
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
  if (existing.length) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return matches;
}

interface Event {
  addListener(listener: () => void): void;
}

/** Keeps the overlay script in step with the grants, now and whenever the user grants or revokes a site. */
export function startSiteAccess(
  api: SiteAccessApi & { permissions: { onAdded: Event; onRemoved: Event } },
  apiHosts: readonly string[],
): () => Promise<string[]> {
  const sync = () =>
    syncOverlayScript(api, apiHosts).catch((error) => {
      console.warn('hashfloor: could not sync site access', error);
      return [];
    });
  api.permissions.onAdded.addListener(() => void sync());
  api.permissions.onRemoved.addListener(() => void sync());
  void sync();
  return sync;
}
