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
  const globals = globalThis as ExtensionGlobals;
  const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
  if (!runtime) return;
  watchForBitcoin({
    document,
    href: () => location.href,
    MutationObserver,
    alive: () => Boolean(runtime.id),
    // An extension module imported into this content script's world; its dynamic URL changes every
    // session, so pages cannot probe for it (wxt.config.ts, web_accessible_resources).
    open: () => void import(/* @vite-ignore */ runtime.getURL('/overlay.js')).catch(() => {}),
  });
});
