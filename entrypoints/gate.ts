import { watchForBitcoin } from '@/lib/gate/watch';

/** The slice of the native extension API the gate uses (no polyfill on every page: docs/ARCHITECTURE.md). */
interface NativeRuntime {
  readonly id?: string;
  getURL(path: string): string;
}
type ExtensionGlobals = { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };

// The one script injected into every frame: it loads the overlay only where Bitcoin is named. Tiny on
// purpose (tests/e2e/bundle-budget.spec.ts): no zod, no polyfill, no detector.
export default defineUnlistedScript(() => {
  // The extension API is touched only when needed: its first use builds the API bindings in this world,
  // work a page that never names Bitcoin and never changes need not pay (bench "200 KB article").
  const runtime = () => {
    const globals = globalThis as ExtensionGlobals;
    return globals.browser?.runtime ?? globals.chrome?.runtime;
  };
  const watch = () =>
    watchForBitcoin({
      document,
      href: () => location.href,
      MutationObserver,
      alive: () => Boolean(runtime()?.id),
      // An extension module imported into this content script's world; its dynamic URL changes every
      // session, so pages cannot probe for it (wxt.config.ts, web_accessible_resources).
      open: () => {
        const url = runtime()?.getURL('/overlay.js');
        if (url) void import(/* @vite-ignore */ url).catch(() => {});
      },
      // The body's text is read when the page is idle, after its load event (docs/ARCHITECTURE.md, "Gate").
      later: (cb) => void requestIdleCallback(cb, { timeout: 1000 }),
      // A long page's text is read as the reader nears it (lib/gate/near-view.ts).
      nearView: { view: window, viewHeight: () => innerHeight },
    });
  // Injected at document_start and run at DOMContentLoaded: Chrome holds a page's load event until
  // its document_idle scripts have run, even an empty one (~45 ms on a 200 KB article; docs/ARCHITECTURE.md, "Gate").
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
});
