/**
 * Scanning a whole page and keeping it scanned: the first scan walks the document in time slices
 * (yielding between them so no task runs long), and each mutation batch rescans only the blocks it
 * touched. Venue adapters, chosen from the URL on every full scan, steer both. Long pages follow the
 * reader: their blocks are scanned as they come near the viewport, and when the page holds the most
 * badges it may, the badges far from the reader give way (docs/ARCHITECTURE.md, "Overlay").
 */
import { adapterFor, excludeSelector, type VenueAdapter } from './adapters';
import type { Approach } from './approach';
import type { BadgeData } from './badge-data';
import type { BadgeSet } from './badge-set';
import { contextCache, pageContextOf } from './context';
import { createReaderFollower, EAGER_BLOCKS, WALK_AHEAD } from './follow-reader';
import { createLiveBlocks } from './live-blocks';
import { createLongTextReader } from './long-text';
import type { Nearby } from './nearby';
import type { MutationBatch } from './observer';
import { type ScanEnv, scanBlock, scanHeadline } from './pipeline';
import { sliceBudget } from './slice-budget';
import { createSlicedQueue } from './sliced-queue';
import type { Detect, PageLocation } from './types';
import {
  type BlockText,
  blockOf,
  createSkipTest,
  digitTextBlocks,
  isInsideSkipped,
  type SkipTest,
} from './walk';

export interface PageScanDeps {
  document: Document;
  detect: Detect;
  amountHint?: RegExp;
  /** The texts the reader said are not Bitcoin prices on this site. */
  notPrices?: () => ReadonlySet<string>;
  badges: BadgeSet;
  location: () => PageLocation;
  now: () => number;
  /** Timers for live blocks (live-blocks.ts). */
  delay: (cb: () => void, ms: number) => () => void;
  yieldToMain: () => Promise<void>;
  /** Runs our DOM writes so the observer ignores them. */
  quiet: (write: () => void) => void;
  sliceMs?: number;
  /** Watches which blocks are near the reader; without it every block is scanned at once. */
  nearby?: (onNear: (blocks: Element[]) => void) => Nearby;
  /** Called with each open shadow root the scan walks into, so its changes are watched too. */
  watchShadowRoot?: (shadow: ShadowRoot) => void;
  /** Pages with more price-bearing blocks than this are scanned as the reader comes near. */
  eagerBlocks?: number;
  /** Waits for the reader to reach a block, where a long page's walk stops ahead of them. */
  approach?: Approach;
  walkAhead?: number;
}

export function createPageScan(deps: PageScanDeps) {
  const { document: doc, badges } = deps;
  const sliceMs = deps.sliceMs ?? 8;
  const dynamic = new WeakSet<Element>();
  let adapter: VenueAdapter | null = null;
  const hint = deps.amountHint ?? /\d/;
  let skip: SkipTest = createSkipTest();
  let env: ScanEnv | null = null;
  let generation = 0;
  const rescan = (block: Element) => env && scan(block, env);
  /** Slices for work that follows a scan (blocks coming near, readings landing): a newer scan outdates it. */
  function followUpSlices() {
    if (env) env.contextCache = contextCache();
    const gen = generation;
    return slicer(() => gen === generation);
  }
  const follower = createReaderFollower({
    nearby: deps.nearby,
    badges,
    quiet: deps.quiet,
    eagerBlocks: deps.eagerBlocks ?? EAGER_BLOCKS,
    approach: deps.approach,
    walkAhead: deps.walkAhead ?? WALK_AHEAD,
    scan: rescan,
    slices: followUpSlices,
  });

  const live = createLiveBlocks({ now: deps.now, delay: deps.delay, rescan });

  /** Blocks whose pending reading landed (remote-detect.ts): scanned again, from the cache now. */
  const landed = createSlicedQueue({ slices: followUpSlices, visit: rescan, dropWhenOutdated: true });
  const longText = createLongTextReader({ badges, quiet: deps.quiet });

  function configure(data: BadgeData): ScanEnv {
    const loc = deps.location();
    adapter = adapterFor(loc.host, loc.path);
    const venue = adapter;
    const excluded = venue ? `${excludeSelector(venue)}, ${venue.headline}` : '';
    skip = createSkipTest(venue ? (el) => el.matches(excluded) : undefined);
    env = {
      detect: deps.detect,
      amountHint: hint,
      notPrices: deps.notPrices?.() ?? new Set(),
      badges,
      skip,
      data,
      pageContext: pageContextOf(doc, loc.host),
      pagePath: loc.path,
      adapter,
      isDynamic: (block) => dynamic.has(block),
      detections: new WeakMap(),
      // A failed reading (the extension went away, a malformed reply) leaves the block as it was.
      whenRead: (reading, block) =>
        void live.reading(block, reading).then(
          () => landed.add(block),
          () => {},
        ),
      // The detector reads numbers in the page's language ("70.123,45 €" on a German page).
      ...(doc.documentElement.lang ? { locale: doc.documentElement.lang } : {}),
    };
    return env;
  }

  const headlineOf = (node: Node): Element | null => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return adapter && el ? el.closest(adapter.headline) : null;
  };

  function scan(target: Element, current: ScanEnv): void {
    if (!target.isConnected || live.has(target)) return;
    const gen = generation;
    follower.beforeScan();
    const venue = adapter;
    let long: BlockText | null = null;
    deps.quiet(() => {
      if (venue && target.matches(venue.headline)) scanHeadline(target, current, venue);
      else long = scanBlock(target, current);
    });
    if (long)
      longText.read(
        long,
        current,
        slicer(() => gen === generation && env === current),
      );
    follower.afterScan(target);
  }

  const route = (block: Element, current: ScanEnv, inFullScan: boolean) =>
    follower.scanNow(block, inFullScan) && scan(block, current);

  const slicer = (alive: () => boolean) => sliceBudget(deps.now, deps.yieldToMain, sliceMs, alive);

  /** Scans everything under the body in slices; a newer scan or `cancel` stops an older one. */
  async function scanAll(data: BadgeData): Promise<void> {
    const gen = ++generation;
    const current = configure(data);
    current.contextCache = contextCache();
    follower.reset(); // A full scan decides afresh whether the page is long.
    const keepGoing = slicer(() => gen === generation);
    // Not in the task that read storage and parsed the snapshot: that one has had its share.
    if (!(await keepGoing(true))) return;
    const root = doc.body ?? doc.documentElement;
    const seen = new Set<Element>();
    for (const el of adapter ? root.querySelectorAll(adapter.headline) : []) {
      seen.add(el);
      scan(el, current);
      if (!(await keepGoing())) return;
    }
    // The first blocks are scanned as found (the top of the page); past `eagerBlocks`, they wait until
    // they come near the reader, and so does the walk itself (follow-reader.ts).
    const blocksAfter = (from?: Element) => digitTextBlocks(root, skip, hint, deps.watchShadowRoot, from);
    const visit = (block: Element) => route(block, current, true);
    if (!(await follower.walk(root, blocksAfter, seen, visit, keepGoing))) return;
    // Blocks that had badges and no longer hold a price (settings or page changed meanwhile).
    for (const block of badges.blocks()) if (!seen.has(block)) deps.quiet(() => badges.reconcile(block, []));
    deps.quiet(() => badges.prune());
    follower.prune();
  }

  /** Rescans what one mutation batch touched, in slices (a page may add a whole article at once). */
  async function applyBatch(batch: MutationBatch): Promise<void> {
    const current = env;
    if (!current) return;
    current.contextCache = contextCache();
    const gen = generation;
    // A newer full scan covers this batch too; `cancel` ends it.
    const keepGoing = slicer(() => gen === generation && env === current);
    const targets = new Set<Element>();
    const addTarget = (node: Node, changed: boolean) => {
      const head = headlineOf(node);
      if (head) return targets.add(head);
      const block = blockOf(node);
      if (!block) return;
      // A rewrite that leaves no badge standing (none was there, or it took ours) counts towards live.
      if (changed && live.changed(block, badges.bare(block))) {
        if (badges.has(block)) deps.quiet(() => badges.reconcile(block, []));
        return;
      }
      if (isInsideSkipped(node, skip)) return;
      if (changed) dynamic.add(block);
      targets.add(block);
    };
    for (const node of batch.changed) if (node.isConnected) addTarget(node, true);
    // Added subtrees: their own blocks, skipping any nested in another added subtree.
    const roots = [...batch.added].filter((n) => n.isConnected && n.nodeType === 1);
    const rootSet = new Set(roots);
    for (const root of roots) {
      let nested = false;
      for (let up = root.parentNode; up && !nested; up = up.parentNode) nested = rootSet.has(up);
      if (nested || isInsideSkipped(root, skip)) continue;
      for (const block of digitTextBlocks(root, skip, hint, deps.watchShadowRoot)) {
        if (block && !targets.has(block)) addTarget(block, false);
        if (!(await keepGoing())) return;
      }
      if (adapter) for (const el of (root as Element).querySelectorAll(adapter.headline)) targets.add(el);
    }
    follower.readHidden(targets);
    try {
      for (const target of targets) {
        if (headlineOf(target) === target) scan(target, current);
        else route(target, current, false);
        if (!(await keepGoing())) return;
      }
    } finally {
      follower.forgetHidden();
    }
    if (batch.removed) {
      deps.quiet(() => badges.prune());
      follower.prune();
    }
  }

  return {
    scanAll,
    applyBatch,
    /** Notes a rewrite of a block left bare and unread while the page rewrites it (live-blocks.ts). */
    noteLive: (node: Node): boolean => node.nodeType === 1 && live.touch(node as Element),
    /** Stops any full scan in progress. */
    cancel(): void {
      generation += 1;
      env = null;
      live.clear();
      follower.reset();
    },
    setData(data: BadgeData): void {
      if (env) env.data = data;
    },
  };
}
export type PageScan = ReturnType<typeof createPageScan>;
