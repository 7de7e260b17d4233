/**
 * The shapes the overlay consumes from its neighbours, written structurally so that `lib/overlay`
 * runs (and is tested) on its own; `entrypoints/overlay.ts` checks the real detector against them.
 */

/** One price found in a string; mirrors `PriceMatch` from `lib/detect`. */
export interface DetectedPrice {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  kind: 'btc_price' | 'btc_cost' | 'other';
  currency: string;
  value: number;
  usd: number | null;
  confidence: number;
}

export interface DetectOptions {
  spotUsd?: number;
  usdPer?: Record<string, number>;
  context?: string;
  locale?: string;
  /** The page's URL path (a year in it dates the page). */
  path?: string;
}

/**
 * Finds the prices in a text: at once (lib/detect itself, as the unit tests pass it), or later, as the
 * background answers (remote-detect.ts); a block whose reading is pending is scanned again when it lands.
 */
export type Detect = (text: string, options?: DetectOptions) => DetectedPrice[] | Promise<DetectedPrice[]>;

/** Schedules `cb` and returns a function that cancels it. */
export type Schedule = (cb: () => void) => () => void;

/** How long the overlay lives: until the extension is gone (`lifetime.ts`). */
export interface Lifetime {
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): () => void;
}

/** Where the overlay is running: drives per-site switches and venue adapters. */
export interface PageLocation {
  /** The site the user sees in the address bar (the top frame's host when running in an iframe). */
  siteHost: string;
  host: string;
  path: string;
}
