/**
 * The detector as the page calls it: the texts go to the background, which runs lib/detect off the
 * page's main thread, and come back as matches checked with plain guards. Readings are cached by text
 * and context, so a block read again (its answer landed, a mutation that changed nothing) costs a
 * lookup. The page never parses the detector's tables or runs its model (docs/ARCHITECTURE.md, "Overlay").
 */
import { isNumber, isObject } from './overlay-view-guard';
import type { Detect, DetectedPrice, DetectOptions } from './types';

/** What one block asks: its text and what the detector reads with it. */
export interface DetectItem {
  text: string;
  context?: string;
  locale?: string;
  path?: string;
}

/** The message the background answers (lib/messages.ts validates it there). */
export interface DetectRequest {
  type: 'detect';
  spotUsd?: number;
  usdPer?: Record<string, number>;
  items: DetectItem[];
}

/** A match as the background sends it: `text` is rebuilt from the page's own string. */
type Sent = Omit<DetectedPrice, 'text'>;

/**
 * What the background accepts of one item, in UTF-16 units (lib/messages.ts validates with these):
 * longer texts are not sent (the pipeline reads longer blocks in windows), longer fields are cut, since
 * one item out of bounds would fail its whole batch.
 */
export const DETECT_BOUNDS = { text: 65_536, context: 16_384, locale: 35, path: 16_384 } as const;
/** Texts per message at most, in UTF-16 units: one slice of page walking rarely reaches it. */
const BATCH_CHARS = 262_144;
/** Readings kept, oldest dropped first. */
const CACHE_ENTRIES = 4_000;
/**
 * Messages start at least this far apart: each costs the page's main thread a fixed ~0.4 ms, so a feed
 * adding a price every 50 ms sends its texts in fours, a fifth of a second late at most (bench
 * "infinite scroll"); the first scan of a page goes at once.
 */
export const MIN_GAP_MS = 200;

export interface RemoteTiming {
  now: () => number;
  /** Runs `cb` after `ms` (0: in the next task, never a microtask: a scan awaits its slice budget after
   * every block, and a microtask would send each block alone). */
  delay: (cb: () => void, ms: number) => void;
}
const TIMERS: RemoteTiming = { now: () => Date.now(), delay: (cb, ms) => void setTimeout(cb, ms) };

const KINDS = new Set(['btc_price', 'btc_cost', 'other']);

function isSent(m: unknown, length: number): m is Sent {
  if (!isObject(m)) return false;
  return (
    Number.isInteger(m.start) &&
    Number.isInteger(m.end) &&
    (m.start as number) >= 0 &&
    (m.start as number) < (m.end as number) &&
    (m.end as number) <= length &&
    KINDS.has(m.kind as string) &&
    typeof m.currency === 'string' &&
    isNumber(m.value) &&
    (m.usd === null || isNumber(m.usd)) &&
    isNumber(m.confidence)
  );
}

/** The answer's matches for each item, or null when it is not one list of valid matches per item. */
export function readDetectResponse(raw: unknown, items: readonly DetectItem[]): DetectedPrice[][] | null {
  const matches = (raw as { matches?: unknown } | null)?.matches;
  if (!Array.isArray(matches) || matches.length !== items.length) return null;
  const out: DetectedPrice[][] = [];
  for (let i = 0; i < items.length; i++) {
    const list = matches[i];
    const text = items[i]!.text;
    if (!Array.isArray(list) || !list.every((m) => isSent(m, text.length))) return null;
    out.push(
      list.map((m: Sent) => ({
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        kind: m.kind,
        currency: m.currency,
        value: m.value,
        usd: m.usd,
        confidence: m.confidence,
      })),
    );
  }
  return out;
}

interface Waiting {
  item: DetectItem;
  promise: Promise<DetectedPrice[]>;
  resolve: (matches: DetectedPrice[]) => void;
  reject: (error: unknown) => void;
}

/**
 * A `Detect` that asks the background: a cached reading at once, otherwise a promise settled when the
 * batch it joined is answered. Requests made in one stretch of work go as one message.
 * @example const detect = createRemoteDetect(portSender(() => browser.runtime.connect({ name: DETECT_PORT })));
 */
export function createRemoteDetect(
  send: (request: DetectRequest) => Promise<unknown>,
  timing: RemoteTiming = TIMERS,
): Detect {
  const cache = new Map<string, DetectedPrice[]>();
  const inFlight = new Map<string, Promise<DetectedPrice[]>>();
  let queue = new Map<string, Waiting>();
  let spot: number | undefined;
  let rates: Record<string, number> | undefined;
  let lastSent = Number.NEGATIVE_INFINITY;

  async function flush(batch: Map<string, Waiting>, spotUsd?: number, usdPer?: Record<string, number>) {
    const keys = [...batch.keys()];
    const items = keys.map((k) => batch.get(k)!.item);
    let answer: DetectedPrice[][] | null = null;
    let error: unknown = new Error('Hashfloor: the background sent no valid reading');
    try {
      answer = readDetectResponse(
        await send({
          type: 'detect',
          ...(spotUsd !== undefined ? { spotUsd } : {}),
          ...(usdPer ? { usdPer } : {}),
          items,
        }),
        items,
      );
    } catch (e) {
      error = e;
    }
    keys.forEach((key, i) => {
      const waiting = batch.get(key)!;
      inFlight.delete(key);
      if (!answer) {
        waiting.reject(error);
        return;
      }
      // Spot or rates changed while this was asked: answer this caller, cache nothing stale.
      if (spotUsd === spot && usdPer === rates) remember(key, answer[i]!);
      waiting.resolve(answer[i]!);
    });
  }

  function remember(key: string, matches: DetectedPrice[]): void {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, matches);
  }

  function drain(): void {
    lastSent = timing.now();
    const all = queue;
    queue = new Map();
    let batch = new Map<string, Waiting>();
    let chars = 0;
    for (const [key, waiting] of all) {
      if (chars && chars + waiting.item.text.length > BATCH_CHARS) {
        void flush(batch, spot, rates);
        batch = new Map();
        chars = 0;
      }
      batch.set(key, waiting);
      chars += waiting.item.text.length;
    }
    void flush(batch, spot, rates);
  }

  return (text: string, options: DetectOptions = {}) => {
    if (options.spotUsd !== spot || options.usdPer !== rates) {
      // New numbers read every amount afresh (plausibility against spot, rates).
      spot = options.spotUsd;
      rates = options.usdPer;
      cache.clear();
      inFlight.clear();
    }
    if (!text || text.length > DETECT_BOUNDS.text) return [];
    const context = options.context?.slice(0, DETECT_BOUNDS.context);
    const locale = options.locale?.slice(0, DETECT_BOUNDS.locale);
    const path = options.path?.slice(0, DETECT_BOUNDS.path);
    const key = `${locale ?? ''}\u0000${path ?? ''}\u0000${context ?? ''}\u0000${text}`;
    const known = cache.get(key);
    if (known) return known;
    const pending = inFlight.get(key) ?? queue.get(key)?.promise;
    if (pending) return pending;
    let resolve!: Waiting['resolve'];
    let reject!: Waiting['reject'];
    const promise = new Promise<DetectedPrice[]>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    const item: DetectItem = {
      text,
      ...(context !== undefined ? { context } : {}),
      ...(locale !== undefined ? { locale } : {}),
      ...(path !== undefined ? { path } : {}),
    };
    if (!queue.size) timing.delay(drain, Math.max(0, lastSent + MIN_GAP_MS - timing.now()));
    queue.set(key, { item, promise, resolve, reject });
    inFlight.set(key, promise);
    return promise;
  };
}
