/**
 * Blocks waiting to be scanned, scanned in time slices (slice-budget.ts) so that a few hundred of them
 * never make one long task: blocks coming near the reader (follow-reader.ts) and blocks whose detector
 * reading just landed (page-scan.ts, remote-detect.ts). One run at a time; blocks added meanwhile join it.
 */
export interface SlicedQueueDeps {
  /** A time-slice budget for one run of work; false once the work is outdated. */
  slices: () => (yieldNow?: boolean) => Promise<boolean>;
  visit: (block: Element) => void;
  /** Drop what is still queued when a run is outdated (a newer full scan reads those blocks itself). */
  dropWhenOutdated?: boolean;
}

export function createSlicedQueue(deps: SlicedQueueDeps) {
  const queued = new Set<Element>();
  let running = false;

  async function run(): Promise<void> {
    running = true;
    try {
      const keepGoing = deps.slices();
      for (const block of queued) {
        queued.delete(block);
        deps.visit(block);
        if (!(await keepGoing())) {
          if (deps.dropWhenOutdated) queued.clear();
          return;
        }
      }
    } finally {
      running = false;
    }
    if (queued.size) void run();
  }

  return {
    /** Queues `blocks` and starts a run unless one is going. */
    add(...blocks: Element[]): void {
      for (const block of blocks) queued.add(block);
      if (!running) void run();
    },
    clear(): void {
      queued.clear();
    },
  };
}
