// Shared pieces for overlay unit tests: a stub detector (the real one lives in lib/detect and is
// tested there), a manual scheduler, and a way to start the overlay on a happy-dom document.

import { templatesOf, templateTranslator } from '../../../lib/i18n/templates';
import type { Catalogue } from '../../../lib/i18n/types';
import type { OverlayDeps } from '../../../lib/overlay/overlay';
import { startOverlay } from '../../../lib/overlay/overlay';
import { type OverlayView, overlayViewOf } from '../../../lib/overlay/overlay-view';
import { PAGE_WORDS } from '../../../lib/overlay/page-words';
import type { DetectedPrice, DetectOptions } from '../../../lib/overlay/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { Snapshot } from '../../../lib/snapshot/schema';
import enMessages from '../../../public/_locales/en/messages.json';
import { makeSnapshot } from '../../e2e/support/snapshot-fixture';
import { en, i18nApi } from '../words';

export const SNAPSHOT: Snapshot = makeSnapshot({ now: Date.parse('2026-02-05T12:00:00Z') });

/** The words the background publishes with the view (lib/overlay/page-words.ts). */
export const PAGE_TEMPLATES = templatesOf(i18nApi(enMessages as Catalogue, 'en-US'), PAGE_WORDS);
/**
 * The overlay's words as the product gets them: from the published templates only. A word the overlay
 * says that PAGE_WORDS lacks would make pages ask the browser (a synchronous fetch of the whole
 * catalogue); here it fails the test.
 */
export const pageWords = templateTranslator(() => PAGE_TEMPLATES, {
  getMessage: (key) => {
    throw new Error(`the overlay said "${key}", which PAGE_WORDS (lib/overlay/page-words.ts) lacks`);
  },
});

/** "$70,123.45", "US$ 71,000", "64.500 €"; kind from the words before it, like the real detector. */
export function stubDetect(text: string, options: DetectOptions = {}): DetectedPrice[] {
  const out: DetectedPrice[] = [];
  const re = /\$\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?\s?€/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const euro = m[0].endsWith('€');
    const digits = euro ? m[0].replace(/[.\s€]/g, '').replace(',', '.') : m[0].replace(/[$,\s]/g, '');
    const value = Number(digits);
    const before = `${options.context ?? ''} ${text.slice(Math.max(0, m.index - 40), m.index)}`;
    const kind = /ether|gold|ETH/i.test(text.slice(Math.max(0, m.index - 20), m.index))
      ? 'other'
      : /cost/i.test(before)
        ? 'btc_cost'
        : 'btc_price';
    const currency = euro ? 'EUR' : 'USD';
    const rate = euro ? (options.usdPer?.EUR ?? 1.08) : 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind,
      currency,
      value,
      usd: value * rate,
      confidence: 0.9,
    });
  }
  return out;
}

/** Callbacks queued by `frame`/`idle`/`delay`, run when the test says so. */
export function manualScheduler() {
  const queue = new Set<() => void>();
  const schedule = (cb: () => void) => {
    queue.add(cb);
    return () => queue.delete(cb);
  };
  return {
    schedule,
    pending: () => queue.size,
    /** Lets MutationObserver deliver, then runs everything queued (repeatedly, until quiet). */
    async flush(): Promise<void> {
      for (let round = 0; round < 10; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!queue.size) return;
        const cbs = [...queue];
        queue.clear();
        for (const cb of cbs) cb();
      }
    },
  };
}

/** What the background publishes the view from (lib/overlay/overlay-view.ts `overlayViewOf`). */
export interface OverlayState {
  settings: Settings;
  snapshot: Snapshot | null;
}

export interface Harness {
  stop: () => void;
  setState: (patch: Partial<OverlayState>) => void;
  flush: () => Promise<void>;
  ctx: AbortController & { onInvalidated(cb: () => void): () => void };
  detectCalls: () => number;
}

/** Starts the overlay on `document` with fake timing and a stub detector. */
export function startTestOverlay(
  overrides: Partial<OverlayDeps> & { settings?: Partial<Settings>; host?: string; path?: string } = {},
): Harness {
  const scheduler = manualScheduler();
  let state: OverlayState = { settings: { ...DEFAULT_SETTINGS, ...overrides.settings }, snapshot: SNAPSHOT };
  let listener: ((view: OverlayView | null) => void) | null = null;
  const view = () => overlayViewOf(state.settings, state.snapshot, en, undefined, PAGE_TEMPLATES);
  let calls = 0;
  const controller = new AbortController();
  const ctx = Object.assign(controller, {
    onInvalidated: (cb: () => void) => {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
  });
  const host = overrides.host ?? 'news.test';
  const stop = startOverlay(ctx, {
    document,
    t: pageWords,
    detect: (text, options) => {
      calls += 1;
      return stubDetect(text, options);
    },
    MutationObserver: window.MutationObserver as unknown as typeof MutationObserver,
    now: () => Date.parse('2026-02-05T12:02:00Z'),
    frame: scheduler.schedule,
    idle: scheduler.schedule,
    yieldToMain: () => Promise.resolve(),
    delay: (cb) => scheduler.schedule(cb),
    location: () => ({ siteHost: host, host, path: overrides.path ?? '/' }),
    watch: (l) => {
      listener = l;
      l(view());
      return () => {
        listener = null;
      };
    },
    optionsUrl: 'chrome-extension://abc/options.html',
    locale: 'en-US',
    ...overrides,
  });
  return {
    stop,
    ctx,
    setState: (patch) => {
      state = { ...state, ...patch };
      listener?.(view());
    },
    flush: scheduler.flush,
    detectCalls: () => calls,
  };
}

export const badges = (root: ParentNode = document): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>('hashfloor-badge'),
];
export const texts = (root: ParentNode = document): string[] =>
  badges(root).map((b) => b.dataset.hashfloorText ?? '');
