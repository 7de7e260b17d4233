import { describe, expect, it } from 'vitest';
import { createLifetime } from '../../../lib/overlay/lifetime';

function world() {
  const timers = new Set<() => void>();
  let alive = true;
  const life = createLifetime({
    extensionAlive: () => alive,
    every: (cb) => {
      timers.add(cb);
      return () => timers.delete(cb);
    },
  });
  let ended = 0;
  life.onInvalidated(() => ended++);
  return {
    life,
    ended: () => ended,
    tick: () => {
      for (const cb of [...timers]) cb();
    },
    kill: () => {
      alive = false;
    },
    timers: () => timers.size,
  };
}

describe('overlay lifetime', () => {
  it('lives on while the extension is alive, however often it is checked', () => {
    const w = world();
    for (let i = 0; i < 5; i++) w.tick();
    expect(w.life.signal.aborted).toBe(false);
    expect(w.ended()).toBe(0);
  });

  it('ends on the first check after the extension is gone, once, and stops checking', () => {
    const w = world();
    w.kill();
    expect(w.ended()).toBe(0);
    w.tick();
    w.tick();
    expect(w.life.signal.aborted).toBe(true);
    expect(w.ended()).toBe(1);
    expect(w.timers()).toBe(0);
  });

  it('calls late subscribers at once when already ended, and lets subscribers leave', () => {
    const w = world();
    let left = 0;
    const off = w.life.onInvalidated(() => left++);
    off();
    w.kill();
    w.tick();
    let late = 0;
    w.life.onInvalidated(() => late++);
    expect(late).toBe(1);
    expect(left).toBe(0);
  });
});
