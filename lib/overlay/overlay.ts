/**
 * The overlay's lifecycle: it follows settings and snapshot as they change, switching badges on
 * and off live (pause, per-site switch), re-rendering every badge when the numbers change, and
 * tearing everything down when the extension is gone.
 */
import type { Translate } from '../i18n/types';
import { notPriceKey, notPricesOn } from '../settings/not-prices';
import { createApproach } from './approach';
import type { BadgeData } from './badge-data';
import { createBadgeSet } from './badge-set';
import { cleanCopies } from './copy-clean';
import { captureDom, type Dom } from './dom';
import { createNearby } from './nearby';
import { createPageObserver } from './observer';
import type { OverlayView } from './overlay-view';
import { createPageScan } from './page-scan';
import { isEnabledOn } from './site';
import { createSharedStyles } from './styles';
import type { Detect, Lifetime, PageLocation, Schedule } from './types';
import { isBlock } from './walk';

export interface OverlayDeps {
  document: Document;
  /** DOM methods captured at script start; captured from `document` when omitted. */
  dom?: Dom;
  detect: Detect;
  /** Text the detector may find an amount in (digits, or currency words after a number in words); default a digit. */
  amountHint?: RegExp;
  MutationObserver: typeof MutationObserver;
  /** Long pages are scanned as the reader comes near; without it every block is scanned at once. */
  IntersectionObserver?: typeof IntersectionObserver;
  now: () => number;
  /** Next frame (or soon after, in hidden tabs): when mutation batches are handled. */
  frame: Schedule;
  /** Next idle period: when full rescans after huge batches and navigations run. */
  idle: Schedule;
  /** Gives the main thread back between scan slices (`scheduler.yield` where available). */
  yieldToMain: () => Promise<void>;
  delay: (cb: () => void, ms: number) => () => void;
  location: () => PageLocation;
  /** Calls `listener` with the current view (null: none or unreadable), then on every change; returns an unsubscribe. */
  watch: (listener: (view: OverlayView | null) => void) => () => void;
  /** SPA navigations (history API); returns an unsubscribe. */
  onNavigate?: (cb: () => void) => () => void;
  optionsUrl: string;
  /** Opens the options page (a page cannot follow a link to an extension page itself). */
  openOptions?: () => void;
  /** The reader's locale for numbers on badges and cards. */
  locale?: string;
  /** Badge and card words in the UI language: the browser's i18n API (no catalogue in the page's JS). */
  t: Translate;
  /** Stores the reader's correction: on `site`, the amount written `text` is not a Bitcoin price. */
  notAPrice?: (site: string, text: string) => void;
}

/**
 * Starts badging prices on the page; returns `stop`, which removes every badge and listener.
 * @example const stop = startOverlay(lifetime, { document, detect: detectPrices, ... });
 */
export function startOverlay(lifetime: Lifetime, deps: OverlayDeps): () => void {
  const dom = deps.dom ?? captureDom(deps.document);
  const life = new AbortController();
  /** The texts the reader said are not Bitcoin prices on this site. */
  let notPrices: ReadonlySet<string> = new Set();
  const store = deps.notAPrice;
  // The badge goes at once; the stored correction comes back through the published view.
  const notAPrice = store
    ? (text: string) => {
        const key = notPriceKey(text);
        notPrices = new Set([...notPrices, key]);
        rescanSoon();
        store(deps.location().siteHost, key);
      }
    : undefined;
  const badges = createBadgeSet({
    dom,
    card: {
      dom,
      adoptStyles: createSharedStyles(deps.document),
      now: deps.now,
      delay: deps.delay,
      optionsUrl: deps.optionsUrl,
      ...(deps.openOptions ? { openOptions: deps.openOptions } : {}),
      ...(deps.locale ? { locale: deps.locale } : {}),
      t: deps.t,
      ...(notAPrice ? { notAPrice } : {}),
    },
    signal: life.signal,
  });
  const rearmCopies = cleanCopies(deps.document, life.signal);
  const observer = createPageObserver({
    // The document itself, not its root element: a page that rewrites itself (document.open/write)
    // replaces the root, and the new one must be watched too (tests/e2e/overlay.spec.ts).
    root: deps.document,
    MutationObserver: deps.MutationObserver,
    schedule: deps.frame,
    isOwn: (node) => node.nodeType === 1 && (node as Element).localName === 'hashfloor-badge',
    isBlock,
    noteLive: (node) => pageScan.noteLive(node),
    onBatch: (batch) => {
      if (!data) return;
      // document.open() erased the document's listeners: our copy listener goes back on.
      if (batch.newDocument) rearmCopies();
      if (batch.huge) rescanSoon();
      else void pageScan.applyBatch(batch);
    },
  });
  const pageScan = createPageScan({
    document: deps.document,
    detect: deps.detect,
    ...(deps.amountHint ? { amountHint: deps.amountHint } : {}),
    notPrices: () => notPrices,
    badges,
    location: deps.location,
    now: deps.now,
    delay: deps.delay,
    yieldToMain: deps.yieldToMain,
    quiet: (write) => observer.quiet(write),
    watchShadowRoot: (shadow) => observer.watchShadowRoot(shadow),
    ...(deps.IntersectionObserver
      ? {
          nearby: (onNear: (blocks: Element[]) => void) => createNearby(deps.IntersectionObserver!, onNear),
          approach: createApproach(deps.IntersectionObserver),
        }
      : {}),
  });

  let data: BadgeData | null = null;
  let cancelRescan: (() => void) | null = null;

  function rescanSoon(): void {
    cancelRescan?.();
    cancelRescan = deps.idle(() => {
      cancelRescan = null;
      if (data) void pageScan.scanAll(data);
    });
  }

  function switchOff(): void {
    data = null;
    cancelRescan?.();
    cancelRescan = null;
    pageScan.cancel();
    observer.stop();
    badges.clear();
  }

  function apply(view: OverlayView | null): void {
    const next = view && isEnabledOn(deps.location().siteHost, view.sites) ? view.data : null;
    if (!view || !next) {
      switchOff();
      return;
    }
    const previous = data;
    data = next;
    const corrected = notPricesOn(view.sites.notPrices, deps.location().siteHost);
    const correctionsChanged =
      corrected.size !== notPrices.size || [...corrected].some((t) => !notPrices.has(t));
    notPrices = corrected;
    badges.setData(next);
    pageScan.setData(next);
    if (!previous) {
      observer.start();
      void pageScan.scanAll(next);
    } else if (
      previous.kinds !== next.kinds ||
      previous.farPrices !== next.farPrices ||
      previous.minConfidence !== next.minConfidence ||
      correctionsChanged
    ) {
      // Which prices qualify changed: find them again (existing badges are updated in place).
      rescanSoon();
    }
  }

  const unwatch = deps.watch(apply);
  const unnavigate = deps.onNavigate?.(() => data && rescanSoon());
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    unwatch();
    unnavigate?.();
    switchOff();
    life.abort();
  };
  lifetime.onInvalidated(stop);
  return stop;
}
