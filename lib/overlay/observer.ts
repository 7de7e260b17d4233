/**
 * One MutationObserver for the page, batched: records pile up until the next frame (or idle
 * period), are deduped into a set of changed nodes, and handed over once. A batch too big to sort
 * through is reported as `huge` (the caller rescans everything when idle). Our own writes run inside
 * `quiet`, whose records are dropped, so badges never retrigger a scan.
 */
import type { Schedule } from './types';

export interface MutationBatch {
  /** Text nodes whose text changed and elements whose children changed. */
  changed: Set<Node>;
  /** Nodes the page added (their subtrees are new). */
  added: Set<Node>;
  /** Something was removed (badges whose block left must go). */
  removed: boolean;
  /** Too many changes to sort through one by one. */
  huge: boolean;
  /** The page replaced its whole document (`document.open`/`write`, a new root element): start over. */
  newDocument?: boolean;
}

export interface PageObserverOptions {
  root: Node;
  MutationObserver: typeof MutationObserver;
  schedule: Schedule;
  onBatch: (batch: MutationBatch) => void;
  /** True for our badge hosts: never a reason to rescan. */
  isOwn: (node: Node) => boolean;
  /**
   * True for elements whose text is not part of their parent's block text (block-level ones): adding
   * or removing only those leaves the parent's own text as it was, so the parent is not rescanned
   * (an infinite feed appending paragraphs to one container would otherwise reread it every time).
   */
  isBlock?: (node: Element) => boolean;
  /**
   * Notes a rewrite of `node` when it is a block left alone while the page rewrites it, or the parent
   * element of rewritten text (live-blocks.ts), and says so: such records make no batch at all, so an
   * order book's 1,200 records a second schedule no frame callback and no scan (bench "order book").
   */
  noteLive?: (node: Node) => boolean;
  hugeAfter?: number;
}

export function createPageObserver(options: PageObserverOptions) {
  const hugeAfter = options.hugeAfter ?? 2000;
  let batch: MutationBatch = { changed: new Set(), added: new Set(), removed: false, huge: false };
  let cancelFlush: (() => void) | null = null;
  let running = false;

  const flush = () => {
    cancelFlush = null;
    const done = batch;
    batch = { changed: new Set(), added: new Set(), removed: false, huge: false };
    options.onBatch(done);
  };

  const collect = (records: MutationRecord[]) => {
    if (!records.length) return;
    for (const record of records) {
      if (record.target.nodeType === 9 && record.addedNodes.length) {
        batch = { changed: new Set(), added: new Set(), removed: true, huge: true, newDocument: true };
        continue;
      }
      if (batch.huge) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (!parent || !options.noteLive?.(parent)) batch.changed.add(record.target);
        continue;
      }
      if (options.isOwn(record.target) || options.noteLive?.(record.target)) continue;
      // A page that removes only our badges is not fought over: that alone triggers nothing.
      let textChanged = false;
      const touchesText = (node: Node) => node.nodeType !== 1 || !options.isBlock?.(node as Element);
      for (const node of record.removedNodes) {
        if (options.isOwn(node)) continue;
        batch.removed = true;
        textChanged ||= touchesText(node);
      }
      for (const node of record.addedNodes) {
        if (options.isOwn(node)) continue;
        batch.added.add(node);
        textChanged ||= touchesText(node);
      }
      if (textChanged) batch.changed.add(record.target);
      if (batch.changed.size + batch.added.size > hugeAfter) {
        batch = { changed: new Set(), added: new Set(), removed: true, huge: true };
      }
    }
    if (!cancelFlush && (batch.changed.size || batch.added.size || batch.huge || batch.removed))
      cancelFlush = options.schedule(flush);
  };

  const observer = new options.MutationObserver(collect);
  const WATCH = { childList: true, characterData: true, subtree: true };
  // Open shadow roots the scan found: one observer watches them too (a subtree watch stops at a host).
  const shadows = new Set<ShadowRoot>();

  return {
    start(): void {
      if (running) return;
      running = true;
      observer.observe(options.root, WATCH);
      for (const shadow of shadows) if (shadow.host.isConnected) observer.observe(shadow, WATCH);
    },
    /** Watches an open shadow root as part of the page (again after a restart). */
    watchShadowRoot(shadow: ShadowRoot): void {
      if (shadows.has(shadow)) return;
      shadows.add(shadow);
      if (running) observer.observe(shadow, WATCH);
    },
    stop(): void {
      running = false;
      observer.disconnect();
      shadows.clear();
      cancelFlush?.();
      cancelFlush = null;
      batch = { changed: new Set(), added: new Set(), removed: false, huge: false };
    },
    /** Runs our own DOM writes; page changes queued before them are kept, the writes' own records dropped. */
    quiet<T>(write: () => T): T {
      if (!running) return write();
      collect(observer.takeRecords());
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
  };
}
export type PageObserver = ReturnType<typeof createPageObserver>;
