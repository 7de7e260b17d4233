import { describe, expect, it } from 'vitest';
import {
  grantedPageOrigins,
  OVERLAY_SCRIPT_ID,
  type SiteAccessApi,
  startSiteAccess,
  syncOverlayScript,
} from '../../../lib/background/site-access';
import { API_HOST_PATTERNS } from '../../../lib/sources/hosts';

function fakeApi(origins: string[]) {
  const registered = new Map<string, { matches?: string[]; js?: string[]; allFrames?: boolean }>();
  const listeners: (() => void)[] = [];
  const calls: string[] = [];
  const api: SiteAccessApi & {
    permissions: {
      onAdded: { addListener(l: () => void): void };
      onRemoved: { addListener(l: () => void): void };
    };
  } = {
    permissions: {
      getAll: async () => ({ origins: [...API_HOST_PATTERNS, ...origins] }),
      onAdded: { addListener: (l) => listeners.push(l) },
      onRemoved: { addListener: (l) => listeners.push(l) },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) =>
        ids.filter((id) => registered.has(id)).map((id) => ({ id, ...registered.get(id) })),
      registerContentScripts: async (scripts) => {
        calls.push('register');
        for (const { id, ...rest } of scripts) registered.set(id, rest);
      },
      updateContentScripts: async (scripts) => {
        calls.push('update');
        for (const { id, ...rest } of scripts) registered.set(id, rest);
      },
      unregisterContentScripts: async ({ ids }) => {
        calls.push('unregister');
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return {
    api,
    registered,
    calls,
    origins,
    fire: () => {
      for (const l of listeners) l();
    },
  };
}

describe('ask-per-site flavour: the overlay runs only where the user granted access', () => {
  it('leaves the API hosts out of the page grants', () => {
    expect(grantedPageOrigins([...API_HOST_PATTERNS, 'https://news.test/*'], API_HOST_PATTERNS)).toEqual([
      'https://news.test/*',
    ]);
  });

  it('registers nothing while no site is granted', async () => {
    const w = fakeApi([]);
    expect(await syncOverlayScript(w.api, API_HOST_PATTERNS)).toEqual([]);
    expect(w.registered.size).toBe(0);
    expect(w.calls).toEqual([]);
  });

  it('registers for the granted sites, updates on a new grant and unregisters when all are revoked', async () => {
    const w = fakeApi(['https://news.test/*']);
    await syncOverlayScript(w.api, API_HOST_PATTERNS);
    expect(w.registered.get(OVERLAY_SCRIPT_ID)).toMatchObject({
      matches: ['https://news.test/*'],
      js: ['gate.js'],
      allFrames: true,
    });
    w.origins.push('*://exchange.test/*');
    await syncOverlayScript(w.api, API_HOST_PATTERNS);
    expect(w.registered.get(OVERLAY_SCRIPT_ID)?.matches).toEqual([
      '*://exchange.test/*',
      'https://news.test/*',
    ]);
    w.origins.length = 0;
    await syncOverlayScript(w.api, API_HOST_PATTERNS);
    expect(w.registered.size).toBe(0);
    expect(w.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('follows permission changes once started', async () => {
    const w = fakeApi([]);
    const sync = startSiteAccess(w.api, API_HOST_PATTERNS);
    await sync();
    w.origins.push('https://news.test/*');
    w.fire();
    await sync();
    expect(w.registered.get(OVERLAY_SCRIPT_ID)?.matches).toEqual(['https://news.test/*']);
  });
});
