import { describe, expect, it } from 'vitest';
import { createOverlayViewPublisher } from '../../../lib/background/overlay-view';
import { OVERLAY_VIEW_KEY, readOverlayView } from '../../../lib/overlay/overlay-view';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { Snapshot } from '../../../lib/snapshot/schema';
import { SNAPSHOT } from '../overlay/helpers';
import { en } from '../words';

function world(initial: Record<string, unknown> = {}) {
  const store: Record<string, unknown> = { ...initial };
  let writes = 0;
  let settings: Settings = DEFAULT_SETTINGS;
  let snapshot: Snapshot | null | Error = SNAPSHOT;
  const publisher = createOverlayViewPublisher({
    t: en,
    words: { badgeAtCost: 'at cost' },
    local: {
      get: async (key) => ({ [key as string]: store[key as string] }),
      set: async (items) => {
        writes += 1;
        Object.assign(store, JSON.parse(JSON.stringify(items)));
      },
    },
    loadSettings: async () => settings,
    loadSnapshot: async () => {
      if (snapshot instanceof Error) throw snapshot;
      return snapshot;
    },
  });
  return {
    publish: publisher.publish,
    view: () => readOverlayView(store[OVERLAY_VIEW_KEY]),
    writes: () => writes,
    setSettings: (next: Partial<Settings>) => {
      settings = { ...settings, ...next };
    },
    setSnapshot: (next: Snapshot | null | Error) => {
      snapshot = next;
    },
    raw: () => store[OVERLAY_VIEW_KEY],
  };
}

describe('the background publishes the overlay view', () => {
  it('writes the view pages read, and writes again only when it changes', async () => {
    const w = world();
    await w.publish();
    expect(w.view()?.data?.costUsd).toBe(SNAPSHOT.cost.costUsd);
    await Promise.all([w.publish(), w.publish()]);
    expect(w.writes()).toBe(1);
    w.setSettings({ paused: true });
    await w.publish();
    expect(w.view()?.sites.paused).toBe(true);
    expect(w.writes()).toBe(2);
  });

  it('a restarted worker does not rewrite a view that is already current', async () => {
    const first = world();
    await first.publish();
    const restarted = world({ [OVERLAY_VIEW_KEY]: first.raw() });
    await restarted.publish();
    expect(restarted.writes()).toBe(0);
  });

  it('keeps the last view when the snapshot cannot be read, and recovers after', async () => {
    const w = world();
    await w.publish();
    w.setSnapshot(new Error('storage unavailable'));
    await expect(w.publish()).resolves.toBeUndefined();
    expect(w.view()?.data?.costUsd).toBe(SNAPSHOT.cost.costUsd);
    w.setSnapshot(null);
    await w.publish();
    expect(w.view()).toEqual({ sites: expect.any(Object), data: null, words: { badgeAtCost: 'at cost' } });
  });
});
