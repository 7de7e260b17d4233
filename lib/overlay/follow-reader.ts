/**
 * Long pages follow the reader: past `eagerBlocks` scanned blocks, a block is scanned only once it
 * comes near the viewport (nearby.ts), and when the page holds the most badges it may (badges.max),
 * the badges of blocks far from the reader give way and their blocks wait to come near again. So the
 * first screen costs what a short page costs, and every screen the reader reaches gets its badges
 * (tests/e2e/overlay-budget.spec.ts, "10,000 prices").
 */
import type { BadgeSet } from './badge-set';
import type { Nearby } from './nearby';

export interface FollowReaderDeps {
  /** Watches which blocks are near the reader; without it every block is scanned at once. */
  nearby?: ((onNear: (blocks: Element[]) => void) => Nearby) | undefined;
  badges: BadgeSet;
  quiet: (write: () => void) => void;
  eagerBlocks: number;
  /** Scans a block that came near (with the page scan's current settings). */
  scan: (block: Element) => void;
  /** A time-slice budget for one run of work (page-scan.ts `slicer`); false once outdated. */
  slices: () => (yieldNow?: boolean) => Promise<boolean>;
}

export function createReaderFollower(deps: FollowReaderDeps) {
  const { badges } = deps;
  let nearby: Nearby | null = null;
  /** Blocks with digits waiting to come near; `arrived` are those that just did. */
  const pending = new Set<Element>();
  const arrived = new Set<Element>();
  let scanned = 0;
  let scannedOnce = new WeakSet<Element>();
  let draining = false;

  function follow(): void {
    if (!deps.nearby || nearby) return;
    nearby = deps.nearby((blocks) => {
      for (const block of blocks) if (pending.has(block)) arrived.add(block);
      void drain();
    });
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

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      const keepGoing = deps.slices();
      for (const block of arrived) {
        arrived.delete(block);
        if (pending.delete(block)) deps.scan(block);
        if (!(await keepGoing())) return;
      }
    } finally {
      draining = false;
    }
    if (arrived.size) void drain();
  }

  return {
    /** Whether to scan `block` now; if not, it waits to come near (a block with badges stays live). */
    scanNow(block: Element): boolean {
      if (!nearby && scanned >= deps.eagerBlocks && !scannedOnce.has(block)) follow();
      if (!nearby || nearby.isNear(block) || badges.has(block)) {
        pending.delete(block);
        return true;
      }
      pending.add(block);
      nearby.watch(block);
      return false;
    },
    /** Around each scan: counts blocks (long pages start following), frees room, watches the block. */
    beforeScan(block: Element): void {
      if (!scannedOnce.has(block)) {
        scannedOnce.add(block);
        if (++scanned > deps.eagerBlocks) follow();
      }
      if (nearby && badges.size >= badges.max) giveWayFar();
    },
    afterScan(block: Element): void {
      nearby?.watch(block);
    },
    reset(): void {
      nearby?.disconnect();
      nearby = null;
      pending.clear();
      arrived.clear();
      scanned = 0;
      scannedOnce = new WeakSet();
    },
  };
}
