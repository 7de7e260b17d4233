/**
 * Long pages follow the reader: once a full scan has found `eagerBlocks` blocks, or the page holds the
 * most badges it may (badges.max), a block is scanned only once it comes near the viewport
 * (nearby.ts), and at the cap the badges of blocks far from the reader give way, their blocks waiting
 * to come near again. The walk that finds blocks waits too, `walkAhead` blocks past the reader. So the
 * first screen costs what a short page costs, the far part of the page nothing, and every screen the
 * reader reaches gets its badges (tests/e2e/overlay-budget.spec.ts, "10,000 prices").
 */
import type { Approach } from './approach';
import type { BadgeSet } from './badge-set';
import type { Nearby } from './nearby';
import { createSlicedQueue } from './sliced-queue';

/** A short page is scanned whole at once; beyond this many blocks with digits it follows the reader. */
export const EAGER_BLOCKS = 50;
/** On a long page, the walk goes this many blocks past the reader, then waits for them (approach.ts). */
export const WALK_AHEAD = 100;

/** Not rendered: under `display: none`, in a closed `<details>`, skipped by `content-visibility`. */
const isHidden = (block: Element): boolean =>
  typeof block.checkVisibility === 'function' && !block.checkVisibility();

export interface FollowReaderDeps {
  /** Watches which blocks are near the reader; without it every block is scanned at once. */
  nearby?: ((onNear: (blocks: Element[]) => void) => Nearby) | undefined;
  badges: BadgeSet;
  quiet: (write: () => void) => void;
  eagerBlocks: number;
  /** Waits for the reader to reach a block (approach.ts); without it a full scan walks the whole page. */
  approach?: Approach | undefined;
  /** Blocks a full scan walks past the reader before it waits for them (doubling while it must catch up). */
  walkAhead: number;
  /** Scans a block that came near (with the page scan's current settings). */
  scan: (block: Element) => void;
  /** A time-slice budget for one run of work (slice-budget.ts); false once outdated. */
  slices: () => (yieldNow?: boolean) => Promise<boolean>;
}

export function createReaderFollower(deps: FollowReaderDeps) {
  const { badges } = deps;
  let nearby: Nearby | null = null;
  /** Blocks with digits waiting to come near; `arrived` are those that just did. */
  const pending = new Set<Element>();
  const arrived = createSlicedQueue({
    slices: deps.slices,
    visit: (block) => {
      if (pending.delete(block)) deps.scan(block);
    },
  });
  /** Blocks the current full scan has routed: past `eagerBlocks` the page is long. */
  let routed = 0;
  /** Blocks in a row the current full scan left waiting; past `ahead` of them, the walk waits too. */
  let waiting = 0;
  let ahead = deps.walkAhead;
  let stopWaiting: (() => void) | null = null;
  /** Blocks hidden when their turn came: scanned once they show (tests/e2e/overlay.spec.ts, "hidden"). */
  let shown: Nearby | null = null;
  /**
   * Whether blocks are hidden, read for a whole mutation batch before any badge is written: asking
   * `checkVisibility` between writes made the browser restyle the page once per block (an order book
   * rewriting 60 cells at 20 Hz spent ~70 ms a second in it; bench "order book").
   */
  let hiddenNow: Map<Element, boolean> | null = null;
  const hidden = (block: Element): boolean => hiddenNow?.get(block) ?? isHidden(block);

  function scanWhenShown(block: Element): boolean {
    if (!deps.nearby) return false;
    shown ??= deps.nearby((blocks) => {
      for (const b of blocks) {
        shown?.unwatch(b);
        deps.scan(b);
      }
    });
    shown.watch(block);
    return true;
  }

  function follow(): void {
    if (!deps.nearby || nearby) return;
    nearby = deps.nearby((blocks) => arrived.add(...blocks.filter((block) => pending.has(block))));
    for (const block of badges.blocks()) nearby.watch(block);
  }

  function giveWayFar(): void {
    for (const block of nearby?.far() ?? []) {
      if (badges.size < badges.max) return;
      if (!badges.has(block)) continue;
      deps.quiet(() => badges.reconcile(block, []));
      pending.add(block);
    }
  }

  /** Whether the full scan has walked far enough ahead of the reader to wait for them. */
  const walkedAhead = (): boolean => Boolean(deps.approach && nearby) && waiting >= ahead;
  /**
   * Waits until the reader reaches `block` (true), or a reset outdates the wait (false). A reader
   * already past it (a page opened at an anchor, a jump to the end) lets the walk go twice as far.
   */
  function reach(block: Element): Promise<boolean> {
    waiting = 0;
    return new Promise((resolve) => {
      const stop = deps.approach!(block, (atOnce) => {
        stopWaiting = null;
        ahead = atOnce ? ahead * 2 : deps.walkAhead;
        resolve(true);
      });
      stopWaiting = () => {
        stop();
        resolve(false);
      };
    });
  }

  return {
    /**
     * Whether to scan `block` now; if not, it waits to come near (a block with badges stays live).
     * `inFullScan` blocks count toward the page being long.
     */
    scanNow(block: Element, inFullScan: boolean): boolean {
      if (inFullScan && ++routed > deps.eagerBlocks) follow();
      if (!nearby || nearby.isNear(block) || badges.has(block)) {
        if (inFullScan) waiting = 0;
        pending.delete(block);
        // A short page scans every block at once: hidden ones wait to be shown, off the cap meanwhile.
        return badges.has(block) || !hidden(block) || !scanWhenShown(block);
      }
      if (inFullScan) waiting += 1;
      pending.add(block);
      nearby.watch(block);
      return false;
    },
    /**
     * A full scan's walk: `visit`s each block `blocksAfter(from)` yields (page order after `from`;
     * `null` steps are chances to yield) that is not yet `seen`, and once it has gone `walkAhead`
     * blocks past the reader, waits for them at the last one, going on after it (from the top if it
     * left the page). False once outdated.
     */
    async walk(
      root: Node,
      blocksAfter: (from?: Element) => Iterable<Element | null>,
      seen: Set<Element>,
      visit: (block: Element) => void,
      keepGoing: () => Promise<boolean>,
    ): Promise<boolean> {
      let from: Element | undefined;
      walking: for (;;) {
        for (const block of blocksAfter(from)) {
          const fresh = block !== null && !seen.has(block);
          if (fresh) {
            seen.add(block);
            visit(block);
          }
          if (fresh && walkedAhead() && block !== root && root.contains(block)) {
            if (!(await reach(block))) return false;
            from = block.isConnected ? block : undefined;
            continue walking;
          }
          if (!(await keepGoing())) return false;
        }
        return true;
      }
    },
    /** Reads now whether each of `blocks` is hidden, for the scans that follow until `forgetHidden`. */
    readHidden(blocks: Iterable<Element>): void {
      hiddenNow = new Map();
      for (const block of blocks) if (!badges.has(block)) hiddenNow.set(block, isHidden(block));
    },
    forgetHidden(): void {
      hiddenNow = null;
    },
    /** Before each scan: at the cap, start following the reader and free room far from them. */
    beforeScan(): void {
      if (badges.size < badges.max) return;
      follow();
      giveWayFar();
    },
    afterScan(block: Element): void {
      nearby?.watch(block);
    },
    /** After blocks left the page: forget them. */
    prune(): void {
      nearby?.prune();
      shown?.prune();
      for (const block of pending) if (!block.isConnected) pending.delete(block);
    },
    reset(): void {
      stopWaiting?.();
      stopWaiting = null;
      waiting = 0;
      ahead = deps.walkAhead;
      nearby?.disconnect();
      nearby = null;
      shown?.disconnect();
      shown = null;
      pending.clear();
      arrived.clear();
      routed = 0;
    },
  };
}
