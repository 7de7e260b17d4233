import { browser } from 'wxt/browser';
import { detectPrices } from '@/lib/detect';
import type { Message } from '@/lib/messages';
import { captureDom } from '@/lib/overlay/dom';
import { createLifetime } from '@/lib/overlay/lifetime';
import { type OverlayState, startOverlay } from '@/lib/overlay/overlay';
import { isEnabledOn } from '@/lib/overlay/site';
import { timingFrom } from '@/lib/overlay/timing';
import { createSettingsStore, SETTINGS_KEY } from '@/lib/settings';
import { readSnapshot, SNAPSHOT_KEY } from '@/lib/snapshot/schema';

// Wiring only: real browser dependencies in, the overlay (lib/overlay) does the work. Loaded on demand
// by the gate (entrypoints/gate.ts) into the frame's content-script world, where Bitcoin is named.
export default defineUnlistedScript({
  main() {
    const dom = captureDom(document);
    const { frame, idle, delay, every, yieldToMain } = timingFrom(globalThis);
    const life = createLifetime({ extensionAlive: () => Boolean(browser.runtime?.id), every });
    // In an iframe the per-site switch follows the tab's site, which ancestorOrigins names.
    const origins = location.ancestorOrigins;
    const topOrigin = origins?.length ? origins[origins.length - 1] : null;
    const siteHost = topOrigin ? new URL(topOrigin).hostname : location.hostname;

    const settings = createSettingsStore(browser.storage.sync, browser.storage.local);
    const watch = (listener: (state: OverlayState) => void) => {
      let latest = 0;
      const read = async () => {
        const mine = ++latest;
        const current = () => mine === latest && !life.signal.aborted;
        const stored = browser.storage.local.get(SNAPSHOT_KEY).catch(() => ({}) as Record<string, unknown>);
        const loaded = await settings.load();
        // Settings first: where badges are off, the snapshot is neither parsed nor used.
        if (!isEnabledOn(siteHost, loaded)) {
          if (current()) listener({ settings: loaded, snapshot: null });
          return;
        }
        const raw = (await stored)[SNAPSHOT_KEY];
        await yieldToMain(); // Parsing the snapshot gets a task of its own.
        if (current()) listener({ settings: loaded, snapshot: readSnapshot(raw) });
      };
      const onChanged = (changes: Record<string, unknown>) => {
        if (SETTINGS_KEY in changes || SNAPSHOT_KEY in changes) void read();
      };
      browser.storage.onChanged.addListener(onChanged);
      void read();
      return () => browser.storage.onChanged.removeListener(onChanged);
    };

    startOverlay(life, {
      document,
      dom,
      detect: detectPrices,
      MutationObserver,
      IntersectionObserver,
      now: Date.now,
      frame,
      idle,
      yieldToMain,
      delay,
      location: () => ({ siteHost, host: location.hostname, path: location.pathname }),
      watch,
      onNavigate: (cb) => {
        // SPA navigations: poll the URL (as WXT's own watcher does), on our lifetime rather than ctx's.
        let href = location.href;
        return every(() => {
          if (location.href === href) return;
          href = location.href;
          cb();
        }, 1000);
      },
      optionsUrl: browser.runtime.getURL('/options.html'),
      openOptions: () =>
        void browser.runtime.sendMessage({ type: 'openOptions' } satisfies Message).catch(() => {}),
      locale: navigator.language,
    });
  },
});
