/**
 * Live blocks: a table cell or widget the page rewrites whole several times a second (an order book at
 * 20 Hz) takes our badge with it on every render. Putting it back each time cost the page more than
 * its own rendering (bench "order book": style, layout and paint of a re-inserted badge 400 times a
 * second) for a badge no one can read while it blinks, and rereading its neighbours (sizes, totals)
 * on every render found nothing each time. So a block rewritten `churns` times within `windowMs`
 * with no badge left standing goes bare and unread while it ticks, and is scanned again once it has
 * been still for `settleMs` (docs/ARCHITECTURE.md, "Overlay"). A ticker written inside an inline
 * element keeps its badge all along: it sits after that element, out of the rewritten text (place.ts).
 */
export interface LiveBlockDeps {
  now: () => number;
  delay: (cb: () => void, ms: number) => () => void;
  /** Scans a block again once it has settled. */
  rescan: (block: Element) => void;
  churns?: number;
  windowMs?: number;
  settleMs?: number;
}

export function createLiveBlocks(deps: LiveBlockDeps) {
  const churns = deps.churns ?? 4;
  const windowMs = deps.windowMs ?? 2000;
  const settleMs = deps.settleMs ?? 2000;
  /** Badge losses of each block in the current window. */
  const losses = new WeakMap<Element, { count: number; since: number }>();
  /** Live blocks and when the page last changed each. */
  const live = new Map<Element, number>();
  // Blocks waiting for the detector's first answer: their rewrites do not count, or a 5 Hz ticker whose
  // first answer took 800 ms (a worker waking on a busy machine) would stay bare while it ticks
  // (tests/e2e/overlay-live.spec.ts, "live ticker").
  const firstWait = new WeakSet<Element>();
  const answered = new WeakSet<Element>();
  let cancelCheck: (() => void) | null = null;

  /** When `block` is live, notes that the page changed it now (it settles later) and says true. */
  function touch(block: Element): boolean {
    if (!live.has(block)) return false;
    live.set(block, deps.now());
    return true;
  }

  function check(): void {
    cancelCheck = null;
    const now = deps.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [block, last] of live) {
      if (!block.isConnected) live.delete(block);
      else if (now - last >= settleMs) {
        live.delete(block);
        losses.delete(block);
        deps.rescan(block);
      } else next = Math.min(next, last + settleMs - now);
    }
    if (live.size) cancelCheck = deps.delay(check, next);
  }

  return {
    /**
     * Called for a block the page changed: true when it is (now) live and must not be scanned.
     * `bare`: no badge of the block is standing (it had none, or the change took it away).
     */
    changed(block: Element, bare: boolean): boolean {
      if (touch(block)) return true;
      const now = deps.now();
      if (!bare || firstWait.has(block)) return false;
      const seen = losses.get(block);
      if (!seen || now - seen.since > windowMs) {
        losses.set(block, { count: 1, since: now });
        return false;
      }
      seen.count += 1;
      if (seen.count < churns) return false;
      live.set(block, now);
      cancelCheck ??= deps.delay(check, settleMs);
      return true;
    },
    has: (block: Element): boolean => live.has(block),
    touch,
    /** `block`'s reading, pending in the background: the block's rewrites count once its first lands. */
    reading<T>(block: Element, reading: Promise<T>): Promise<T> {
      if (answered.has(block)) return reading;
      firstWait.add(block);
      return reading.then((value) => {
        answered.add(block);
        firstWait.delete(block);
        return value;
      });
    },
    clear(): void {
      cancelCheck?.();
      cancelCheck = null;
      live.clear();
    },
  };
}
export type LiveBlocks = ReturnType<typeof createLiveBlocks>;
