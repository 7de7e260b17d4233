import { afterEach, describe, expect, it, vi } from 'vitest';
import { timingFrom } from '../../../lib/overlay/timing';

afterEach(() => vi.useRealTimers());

function fakeWindow(withScheduler: boolean) {
  vi.useFakeTimers();
  const frames: (() => void)[] = [];
  return {
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    cancelAnimationFrame: (id: number) => {
      frames[id - 1] = () => {};
    },
    requestIdleCallback: (cb: () => void) => setTimeout(cb, 50) as unknown as number,
    cancelIdleCallback: (id: number) => clearTimeout(id),
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    ...(withScheduler ? { scheduler: { yield: vi.fn(async () => {}) } } : {}),
    runFrames: () => {
      for (const cb of frames.splice(0)) cb();
    },
  } as never as Parameters<typeof timingFrom>[0] & { runFrames(): void; scheduler?: { yield: () => void } };
}

describe('timingFrom', () => {
  it('runs a frame callback once: on the frame, or after 250 ms when frames stall (hidden tabs)', () => {
    const win = fakeWindow(false);
    const { frame } = timingFrom(win);
    const onFrame = vi.fn();
    frame(onFrame);
    win.runFrames();
    vi.advanceTimersByTime(300);
    expect(onFrame).toHaveBeenCalledTimes(1);
    const stalled = vi.fn();
    frame(stalled);
    vi.advanceTimersByTime(250);
    expect(stalled).toHaveBeenCalledTimes(1);
  });

  it('cancels every kind of timer', () => {
    const win = fakeWindow(false);
    const t = timingFrom(win);
    const cb = vi.fn();
    for (const cancel of [t.frame(cb), t.idle(cb), t.delay(cb, 10), t.every(cb, 10)]) cancel();
    win.runFrames();
    vi.advanceTimersByTime(1000);
    expect(cb).not.toHaveBeenCalled();
  });

  it('yields with scheduler.yield where the browser has it, else a 0 ms timeout', async () => {
    const modern = fakeWindow(true);
    await timingFrom(modern).yieldToMain();
    expect(modern.scheduler?.yield).toHaveBeenCalledTimes(1);
    const old = timingFrom(fakeWindow(false)).yieldToMain();
    vi.advanceTimersByTime(0);
    await expect(old).resolves.toBeUndefined();
  });
});
