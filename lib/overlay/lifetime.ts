import type { Lifetime } from './types';

export interface LifetimeDeps {
  /** True while the extension that injected us still exists (`runtime.id` is defined). */
  extensionAlive: () => boolean;
  /** Runs `cb` every `ms`; returns a cancel function. */
  every: (cb: () => void, ms: number) => () => void;
}

/**
 * The overlay's lifetime: it ends only when the extension is really gone (reloaded, updated,
 * removed), checked on a slow timer. Nothing a page does can end it: no page-visible event takes
 * part (tests/e2e/hostile.spec.ts forges the start event frameworks use for this).
 * @example const life = createLifetime({ extensionAlive: () => Boolean(browser.runtime?.id), every });
 */
export function createLifetime({ extensionAlive, every }: LifetimeDeps): Lifetime {
  const controller = new AbortController();
  const stopChecking = every(() => {
    if (!extensionAlive()) controller.abort('extension context invalidated');
  }, 5000);
  controller.signal.addEventListener('abort', stopChecking);
  return {
    signal: controller.signal,
    onInvalidated(cb) {
      if (controller.signal.aborted) {
        cb();
        return () => {};
      }
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
  };
}
