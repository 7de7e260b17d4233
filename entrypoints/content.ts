import { browser } from 'wxt/browser';
import { detectPrices } from '@/lib/detect';
import type { Message } from '@/lib/messages';
import { captureDom } from '@/lib/overlay/dom';
import { createLifetime } from '@/lib/overlay/lifetime';
import { type OverlayState, startOverlay } from '@/lib/overlay/overlay';
import { isEnabledOn } from '@/lib/overlay/site';
import { timingFrom } from '@/lib/overlay/timing';

// Wiring only: real browser dependencies in, the overlay (lib/overlay) does the work.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // WXT otherwise posts its start message (extension id included) to the page (tests/e2e/hostile.spec.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const dom = captureDom(document); // Before any page script can have patched prototypes.
    document.documentElement.dataset.hashfloor = 'active';
    const { frame, idle, delay, every, yieldToMain } = timingFrom(globalThis);
    const life = createLifetime({
      ctx,
      extensionAlive: () => Boolean(browser.runtime?.id),
      onScriptStarted: (cb) => {
        // WXT's event name (a private static of ContentScriptContext in wxt 0.21).
        const type = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
        document.addEventListener(type, cb);
        return () => document.removeEventListener(type, cb);
      },
      every,
    });
    // In an iframe the per-site switch follows the tab's site, which ancestorOrigins names.
    const origins = location.ancestorOrigins;
    const topOrigin = origins?.length ? origins[origins.length - 1] : null;
    const siteHost = topOrigin ? new URL(topOrigin).hostname : location.hostname;

    // The settings and snapshot schemas (zod) are built when first read, not while the script starts
    // (the bundler defers a dynamically imported module's top-level code until the import runs).
    // Not even in the microtasks of the start-up task: a yield first.
    const stores = yieldToMain()
      .then(() => Promise.all([import('@/lib/settings'), import('@/lib/snapshot/schema')]))
      .then(([settingsModule, snapshotModule]) => ({
        settings: settingsModule.createSettingsStore(browser.storage.sync, browser.storage.local),
        readSnapshot: snapshotModule.readSnapshot,
        SNAPSHOT_KEY: snapshotModule.SNAPSHOT_KEY,
      }));
    const watch = (listener: (state: OverlayState) => void) => {
      let latest = 0;
      const read = async () => {
        const mine = ++latest;
        const current = () => mine === latest && !life.signal.aborted;
        const { settings, readSnapshot, SNAPSHOT_KEY } = await stores;
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
      // The storage keys of settings and snapshot (SETTINGS_KEY, SNAPSHOT_KEY), spelled out so that
      // their modules stay unevaluated until the first read.
      const onChanged = (changes: Record<string, unknown>) => {
        if ('settings' in changes || 'snapshot' in changes) void read();
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
