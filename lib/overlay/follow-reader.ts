/**
 * Long pages follow the reader: once a full scan has found `eagerBlocks` blocks, or the page holds the
 * most badges it may (badges.max), a block is scanned only once it comes near the viewport
 * (nearby.ts), and at the cap the badges of blocks far from the reader give way, their blocks waiting
 * to come near again. So the first screen costs what a short page costs, and every screen the reader
 * reaches gets its badges (tests/e2e/overlay-budget.spec.ts, "10,000 prices").
 */
import type { BadgeSet } from './badge-set';
import type { Nearby } from './nearby';
import { createSlicedQueue } from './sliced-queue';

/** Not rendered: under `display: none`, in a closed `<details>`, skipped by `content-visibility`. */
const isHidden = (block: Element): boolean =>
  typeof block.checkVisibility === 'function' && !block.checkVisibility();

export interface FollowReaderDeps {
  /** Watches which blocks are near the reader; without it every block is scanned at once. */
  nearby?: ((onNear: (blocks: Element[]) => void) => Nearby) | undefined;
  badges: BadgeSet;
  quiet: (write: () => void) => void;
  eagerBlocks: number;
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

  return {
    /**
     * Whether to scan `block` now; if not, it waits to come near (a block with badges stays live).
     * `inFullScan` blocks count toward the page being long.
     */
    scanNow(block: Element, inFullScan: boolean): boolean {
      if (inFullScan && ++routed > deps.eagerBlocks) follow();
      if (!nearby || nearby.isNear(block) || badges.has(block)) {
        pending.delete(block);
        // A short page scans every block at once: hidden ones wait to be shown, off the cap meanwhile.
        return badges.has(block) || !hidden(block) || !scanWhenShown(block);
      }
      pending.add(block);
      nearby.watch(block);
      return false;
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
