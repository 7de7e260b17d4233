import { browser } from 'wxt/browser';
import { detectPrices } from '@/lib/detect';
import type { Message } from '@/lib/messages';
import { captureDom } from '@/lib/overlay/dom';
import { createLifetime } from '@/lib/overlay/lifetime';
import { type OverlayState, startOverlay } from '@/lib/overlay/overlay';
import { createSettingsStore } from '@/lib/settings';
import { readSnapshot, SNAPSHOT_KEY } from '@/lib/snapshot/schema';

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
    const every = (cb: () => void, ms: number) => {
      const id = setInterval(cb, ms);
      return () => clearInterval(id);
    };
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
    const settings = createSettingsStore(browser.storage.sync, browser.storage.local);
    // In an iframe the per-site switch follows the tab's site, which ancestorOrigins names.
    const origins = location.ancestorOrigins;
    const topOrigin = origins?.length ? origins[origins.length - 1] : null;
    const siteHost = topOrigin ? new URL(topOrigin).hostname : location.hostname;

    const cancelable =
      <T>(start: (cb: () => void) => T, cancel: (id: T) => void) =>
      (cb: () => void) => {
        const id = start(cb);
        return () => cancel(id);
      };
    const frame = (cb: () => void) => {
      // rAF does not run in hidden tabs; the timeout keeps live pages in sync there, slowly.
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        cb();
      };
      const raf = requestAnimationFrame(once);
      const timer = setTimeout(once, 250);
      return () => {
        cancelAnimationFrame(raf);
        clearTimeout(timer);
      };
    };
    const idle = cancelable((cb) => requestIdleCallback(cb, { timeout: 1000 }), cancelIdleCallback);
    const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

    const watch = (listener: (state: OverlayState) => void) => {
      const read = async () => {
        const [current, stored] = await Promise.all([
          settings.load(),
          browser.storage.local.get(SNAPSHOT_KEY),
        ]);
        if (!life.signal.aborted)
          listener({ settings: current, snapshot: readSnapshot(stored[SNAPSHOT_KEY]) });
      };
      const onChanged = (changes: Record<string, unknown>) => {
        if ('settings' in changes || SNAPSHOT_KEY in changes) void read();
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
      yieldToMain: () => (sched?.yield ? sched.yield() : new Promise((resolve) => setTimeout(resolve, 0))),
      delay: (cb, ms) => cancelable((fn) => setTimeout(fn, ms), clearTimeout)(cb),
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
