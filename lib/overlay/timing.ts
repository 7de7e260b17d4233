/** The timers the overlay schedules with, each returning a cancel function. */
export interface Timing {
  /** Next frame; in hidden tabs (no rAF) a 250 ms timeout keeps live pages in sync, slowly. */
  frame: (cb: () => void) => () => void;
  idle: (cb: () => void) => () => void;
  delay: (cb: () => void, ms: number) => () => void;
  every: (cb: () => void, ms: number) => () => void;
  /** Gives the main thread back (`scheduler.yield` where it exists). */
  yieldToMain: () => Promise<void>;
}

type TimerWindow = Pick<
  typeof globalThis,
  | 'requestAnimationFrame'
  | 'cancelAnimationFrame'
  | 'requestIdleCallback'
  | 'cancelIdleCallback'
  | 'setTimeout'
  | 'clearTimeout'
  | 'setInterval'
  | 'clearInterval'
> & { scheduler?: { yield?: () => Promise<void> } };

/**
 * Timing from a window's own timers (the content script passes its global scope).
 * @example const { frame, yieldToMain } = timingFrom(globalThis);
 */
export function timingFrom(win: TimerWindow): Timing {
  const frame = (cb: () => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      cb();
    };
    const raf = win.requestAnimationFrame(once);
    const timer = win.setTimeout(once, 250);
    return () => {
      win.cancelAnimationFrame(raf);
      win.clearTimeout(timer);
    };
  };
  const idle = (cb: () => void) => {
    const id = win.requestIdleCallback(cb, { timeout: 1000 });
    return () => win.cancelIdleCallback(id);
  };
  const delay = (cb: () => void, ms: number) => {
    const id = win.setTimeout(cb, ms);
    return () => win.clearTimeout(id);
  };
  const every = (cb: () => void, ms: number) => {
    const id = win.setInterval(cb, ms);
    return () => win.clearInterval(id);
  };
  const yieldToMain = () =>
    win.scheduler?.yield ? win.scheduler.yield() : new Promise<void>((resolve) => win.setTimeout(resolve, 0));
  return { frame, idle, delay, every, yieldToMain };
}
