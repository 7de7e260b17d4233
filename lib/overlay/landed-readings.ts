/**
 * Blocks whose reading was pending (remote-detect.ts answers in batches) are scanned again once it
 * lands, in time slices: a batch of a few hundred blocks must not become one long task.
 */
export interface LandedReadingsDeps {
  /** Scans one block again (its reading is now cached). */
  scan: (block: Element) => void;
  /** A time-slice budget for one run of work (slice-budget.ts); false once outdated. */
  slices: () => (yieldNow?: boolean) => Promise<boolean>;
}

export function createLandedReadings(deps: LandedReadingsDeps) {
  const landed = new Set<Element>();
  let draining = false;

  async function drain(): Promise<void> {
    draining = true;
    try {
      const keepGoing = deps.slices();
      for (const block of landed) {
        landed.delete(block);
        if (block.isConnected) deps.scan(block);
        if (!(await keepGoing())) {
          // Outdated (a newer full scan, or switched off): that scan reads these blocks itself.
          landed.clear();
          return;
        }
      }
    } finally {
      draining = false;
    }
    if (landed.size) void drain();
  }

  return {
    /** Scan `block` again once `reading` settles; a failed reading leaves it as it was. */
    whenRead(reading: Promise<unknown>, block: Element): void {
      reading.then(
        () => {
          landed.add(block);
          if (!draining) void drain();
        },
        () => {},
      );
    },
  };
}
