import type { CtxLike } from './types';

export interface LifetimeDeps {
  /** WXT's context: it aborts when it believes a newer copy of the script started. */
  ctx: CtxLike;
  /** True while the extension that injected us still exists (`browser.runtime.id` is defined). */
  extensionAlive: () => boolean;
  /** Subscribes to the "newer script started" event; returns an unsubscribe function. */
  onScriptStarted: (cb: () => void) => () => void;
  /** Runs `cb` every `ms`; returns a cancel function. */
  every: (cb: () => void, ms: number) => () => void;
}

/**
 * The overlay's lifetime. WXT ends its `ctx` on a DOM event that any page can forge once it knows our
 * public extension id, which switched the overlay off (tests/e2e/hostile.spec.ts). Only a copy whose
 * extension is really gone (reloaded, updated, removed) may end: we check that on every such event and,
 * since a forged event also silences WXT's own check, on a slow timer.
 */
export function createLifetime({ ctx, extensionAlive, onScriptStarted, every }: LifetimeDeps): CtxLike {
  const controller = new AbortController();
  const endIfOrphaned = () => {
    if (!controller.signal.aborted && !extensionAlive()) controller.abort('extension context invalidated');
  };
  const unsubscribe = [
    ctx.onInvalidated(endIfOrphaned),
    onScriptStarted(endIfOrphaned),
    every(endIfOrphaned, 5000),
  ];
  controller.signal.addEventListener('abort', () => {
    for (const off of unsubscribe) off();
  });
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
