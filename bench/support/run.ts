/**
 * Running a case on both sides and summing it up: interleaved runs, medians (per side and of the
 * paired differences and ratios), and the number formats the overlay bench prints.
 */
import type { Page } from '@playwright/test';
import {
  type Metrics,
  median,
  metrics,
  openMeasuredPage,
  type ProbeReading,
  type Rig,
  readProbe,
  type Side,
  settle,
} from './browser';
import { liveWindowDone } from './prices';

/** The two sides every case runs (the floor side only where asked for). */
export type SideName = Exclude<Side['name'], 'floor'>;

/** One result per run and side; `with[i]` and `without[i]` ran back to back (a pair). */
export interface Paired<T> {
  with: T[];
  without: T[];
  /** The empty-extension side (rig.floor), when asked for: `floor[i]` ran in the same round. */
  floor?: T[];
}

/**
 * Runs `run` for both sides (and the floor side with `floor: true`), rotating which goes first,
 * `n` times; returns each side's results.
 */
export async function interleaved<T>(
  rig: Rig,
  n: number,
  run: (side: Side) => Promise<T>,
  { floor = false } = {},
): Promise<Paired<T>> {
  const out: Required<Paired<T>> = { with: [], without: [], floor: [] };
  const sides = floor ? [rig.with, rig.without, rig.floor] : [rig.with, rig.without];
  for (let i = 0; i < n; i += 1) {
    const order = [...sides.slice(i % sides.length), ...sides.slice(0, i % sides.length)];
    for (const side of order) out[side.name].push(await run(side));
  }
  return floor ? out : { with: out.with, without: out.without };
}

/** The floor side against the bare browser, as a Paired (null when the floor did not run). */
export const floorPairs = <T>(runs: Paired<T>): Paired<T> | null =>
  runs.floor ? { with: runs.floor, without: runs.without } : null;

/** `runs` reduced to one number per run. */
export const each = <T>(runs: Paired<T>, value: (run: T) => number): Paired<number> => ({
  with: runs.with.map(value),
  without: runs.without.map(value),
  ...(runs.floor ? { floor: runs.floor.map(value) } : {}),
});

export interface Compared {
  /** Median of each side. */
  with: number;
  without: number;
  /** Median of the paired differences, with − without. */
  extra: number;
  /** Median of the paired ratios, with ÷ without. */
  ratio: number;
}

/** Both sides' medians, and the medians of the paired differences and ratios. */
export function compare(runs: Paired<number>): Compared {
  const pairs = runs.with.map((w, i) => [w, runs.without[i]!] as const);
  return {
    with: median(runs.with),
    without: median(runs.without),
    extra: median(pairs.map(([w, wo]) => w - wo)),
    ratio: median(pairs.map(([w, wo]) => w / wo)),
  };
}

export interface Loaded<T> {
  /** CDP metrics from navigation until the badges settled (after the live window, for a live page). */
  m: Metrics;
  probe: ProbeReading;
  /** Updates the live page made in its window (0 for a static page). */
  updates: number;
  /** What `afterwards` returned (undefined when there is none). */
  after: T | undefined;
}

/**
 * Loads `url` in a new measured tab; for a `live` page waits for its window of updates to end (the
 * page's `__finished`); then waits until the badges settle and reads the CDP metrics and the probe.
 * `afterwards` runs after the readings on the still open page (its work is not in `m`).
 */
export async function measureLoad<T = undefined>(
  side: Side,
  url: string,
  options: {
    live?: boolean;
    quietMs?: number;
    afterwards?: (page: Page) => Promise<T>;
    /** A script the page runs before its own (bench/support/inline-floor.ts). */
    initScript?: string;
  } = {},
): Promise<Loaded<T>> {
  const { page, cdp } = await openMeasuredPage(side);
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(url);
  const updates = options.live ? await liveWindowDone(page) : 0;
  await settle(page, options.quietMs);
  const m = await metrics(cdp);
  const probe = await readProbe(page);
  const after = options.afterwards ? await options.afterwards(page) : undefined;
  await page.close();
  return { m, probe, updates, after };
}

export const fmt = (ms: number, digits = 1) => (Number.isFinite(ms) ? ms.toFixed(digits) : 'n/a');
export const signed = (ms: number, digits = 1) => `${ms >= 0 ? '+' : ''}${fmt(ms, digits)}`;
export const line = (text: string) => console.log(text);
