import { browser } from 'wxt/browser';
import { AMOUNT_HINT } from '@/lib/detect/amount-hint';
import { templateTranslator } from '@/lib/i18n/templates';
import type { Message } from '@/lib/messages';
import { DETECT_PORT, portSender } from '@/lib/overlay/detect-port';
import { captureDom } from '@/lib/overlay/dom';
import { createLifetime } from '@/lib/overlay/lifetime';
import { startOverlay } from '@/lib/overlay/overlay';
import { OVERLAY_VIEW_KEY, type OverlayView, readOverlayView } from '@/lib/overlay/overlay-view';
import { createRemoteDetect } from '@/lib/overlay/remote-detect';
import { timingFrom } from '@/lib/overlay/timing';
import { watchKeys } from '@/lib/storage-watch';

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

    // The background publishes what the overlay shows, validated (lib/overlay/overlay-view.ts): the
    // page side parses no settings or snapshot itself, and takes its words from it too.
    let words: Record<string, string> = {};
    const watch = (listener: (view: OverlayView | null) => void) =>
      watchKeys(browser.storage, 'local', [OVERLAY_VIEW_KEY], (stored) => {
        if (life.signal.aborted) return;
        const view = readOverlayView(stored[OVERLAY_VIEW_KEY]);
        words = view?.words ?? {};
        listener(view);
      });

    startOverlay(life, {
      document,
      dom,
      // The background runs the detector (lib/overlay/remote-detect.ts): the page never loads it.
      detect: createRemoteDetect(portSender(() => browser.runtime.connect({ name: DETECT_PORT }))),
      amountHint: AMOUNT_HINT,
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
        // SPA navigations: poll the URL (as WXT's own watcher does), for as long as the overlay lives.
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
      // Words in the UI language, as the background published them; the browser's catalogue stays out
      // of this script.
      t: templateTranslator(() => words, browser.i18n),
      notAPrice: (site, text) =>
        void browser.runtime.sendMessage({ type: 'notAPrice', site, text } satisfies Message).catch(() => {}),
    });
  },
});
