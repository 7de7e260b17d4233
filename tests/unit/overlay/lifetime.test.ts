import { describe, expect, it } from 'vitest';
import { createLifetime } from '../../../lib/overlay/lifetime';

function world() {
  const ctx = new AbortController();
  const started = new Set<() => void>();
  const timers = new Set<() => void>();
  let alive = true;
  const life = createLifetime({
    ctx: {
      signal: ctx.signal,
      onInvalidated: (cb) => {
        ctx.signal.addEventListener('abort', cb);
        return () => ctx.signal.removeEventListener('abort', cb);
      },
    },
    extensionAlive: () => alive,
    onScriptStarted: (cb) => {
      started.add(cb);
      return () => started.delete(cb);
    },
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
    forgeStart: () => {
      for (const cb of [...started]) cb();
    },
    abortWxt: () => ctx.abort(),
    tick: () => {
      for (const cb of [...timers]) cb();
    },
    kill: () => {
      alive = false;
    },
    listeners: () => started.size + timers.size,
  };
}

describe('overlay lifetime', () => {
  it('survives a forged "newer script started" event while the extension is alive', () => {
    const w = world();
    w.forgeStart();
    w.abortWxt(); // what WXT's ctx does on the forged event
    w.tick();
    expect(w.life.signal.aborted).toBe(false);
    expect(w.ended()).toBe(0);
  });

  it('ends once the extension is gone: on the next event, or on the timer after a forged one', () => {
    const w = world();
    w.abortWxt();
    w.kill();
    expect(w.ended()).toBe(0);
    w.tick();
    expect(w.life.signal.aborted).toBe(true);
    expect(w.ended()).toBe(1);
    expect(w.listeners()).toBe(0);
  });

  it('ends at once when WXT invalidates and the extension is gone', () => {
    const w = world();
    w.kill();
    w.abortWxt();
    expect(w.ended()).toBe(1);
    let late = 0;
    w.life.onInvalidated(() => late++);
    expect(late).toBe(1);
  });
});
