/**
 * The overlay's pipeline for one block of page text, its stages in order:
 * 1. walk    `readBlockText` (walk.ts): the block's text as one string, with offsets back to its nodes;
 * 2. detect  `detectIn`: the injected detector (the background's, remote-detect.ts), given the block's
 *            context (context.ts); while its answer is pending the block keeps its badges and waits;
 * 3. keep    `wanted`: the prices the settings want (kinds, not-a-price corrections, far from spot);
 * 4. place   `placeBadge` (place.ts): where each badge goes without splitting a live widget's text;
 * 5. render  `badges.reconcile` (badge-set.ts, badge.ts): the block's badges, added, updated or removed.
 * page-scan.ts decides which blocks run through it and when; venue headlines take `scanHeadline`.
 */

import { notPriceKey } from '../settings/not-prices';
import { plainPrice, quoteOf, rateOfQuote, type VenueAdapter } from './adapters';
import type { BadgeData } from './badge-data';
import type { BadgeSet, Found } from './badge-set';
import { type ContextCache, contextFor } from './context';
import { isFarFromSpot } from './far-from-spot';
import { lastContentChild, placeBadge } from './place';
import { type Detection, redetect } from './redetect';
import { DETECT_BOUNDS } from './remote-detect';
import type { Detect, DetectedPrice } from './types';
import { type BlockText, isBlock, readBlockText, type SkipTest } from './walk';

export interface ScanEnv {
  detect: Detect;
  badges: BadgeSet;
  skip: SkipTest;
  data: BadgeData;
  /** Title and host, added to every block's context. */
  pageContext: string;
  /** The page's path (venue pages name the pair there: /trade/BTC_USDT). */
  pagePath: string;
  adapter: VenueAdapter | null;
  isDynamic: (block: Element) => boolean;
  /** Text worth handing to the detector (PageScanDeps.amountHint). */
  amountHint: RegExp;
  /** Amounts the reader said are not Bitcoin prices on this site (lib/settings/not-prices.ts). */
  notPrices: ReadonlySet<string>;
  locale?: string;
  /** The last detection of each block, for text that changed only in its digits (lib/overlay/redetect.ts). */
  detections?: WeakMap<Element, Detection>;
  /** Headings and column headers already read in this run of work (page-scan.ts starts one per scan or batch). */
  contextCache?: ContextCache;
  /** A block whose reading is pending: scan it again once `reading` settles (page-scan.ts). */
  whenRead?: (reading: Promise<unknown>, block: Element) => void;
}

/** Longer block text than this is read in windows, across tasks (long-text.ts): no request carries more. */
export const LONG_TEXT = DETECT_BOUNDS.text;

function wanted(
  match: DetectedPrice,
  data: BadgeData,
  notPrices: ReadonlySet<string>,
): match is Found['match'] {
  if (match.kind === 'other' || match.usd === null || !(match.usd > 0)) return false;
  if (notPrices.size && notPrices.has(notPriceKey(match.text))) return false;
  if (match.kind === 'btc_cost' && data.kinds !== 'prices_and_costs') return false;
  if (data.farPrices === 'hide' && isFarFromSpot(match.kind, match.usd, data)) return false;
  return match.confidence >= data.minConfidence;
}

export function detectIn(
  text: string,
  context: string,
  env: ScanEnv,
  block?: Element,
): DetectedPrice[] | Promise<DetectedPrice[]> {
  // The nearest lang attribute says how the text writes numbers (70.000 in German is 70000).
  const locale = block?.closest('[lang]')?.getAttribute('lang') || env.locale;
  return env.detect(text, {
    spotUsd: env.data.spotUsd,
    usdPer: env.data.usdPer,
    context,
    path: env.pagePath,
    ...(locale ? { locale } : {}),
  });
}

/**
 * Rescans one block (text nodes whose nearest block ancestor is `block`) and reconciles its badges.
 * Returns the block's text instead, untouched, when it is too long to read in one task (long-text.ts).
 */
export function scanBlock(block: Element, env: ScanEnv): BlockText | null {
  const bt = readBlockText(block, env.skip);
  if (bt.text.length > LONG_TEXT) return bt;
  if (!env.amountHint.test(bt.text)) {
    env.badges.reconcile(block, []);
    return null;
  }
  const context = contextFor(block, env.pageContext, env.contextCache, bt.text.length);
  const last = env.detections?.get(block);
  let all = last && last.data === env.data && last.context === context ? redetect(last, bt.text) : null;
  if (!all) {
    const { text } = bt;
    const { data } = env;
    const record = (matches: DetectedPrice[]) => {
      env.detections?.set(block, { text, context, data, matches });
      return matches;
    };
    const reading = detectIn(text, context, env, block);
    // Once it lands, a ticker that changed only its digits meanwhile reuses it (redetect.ts).
    if (reading instanceof Promise) return waitFor(reading.then(record), block, env);
    all = record(reading);
  }
  env.badges.reconcile(block, placed(bt, all, env));
  return null;
}

/** A pending reading: the block keeps what it shows until the answer lands and it is scanned again. */
function waitFor(reading: Promise<unknown>, block: Element, env: ScanEnv): null {
  if (env.whenRead) env.whenRead(reading, block);
  else reading.catch(() => {});
  return null;
}

/** The matches the settings want, each with where its badge goes. */
export function placed(bt: BlockText, matches: DetectedPrice[], env: ScanEnv): Found[] {
  const found: Found[] = [];
  for (const match of matches) {
    if (!wanted(match, env.data, env.notPrices)) continue;
    const placement = placeBadge(bt, match.end, env.isDynamic);
    if (placement) found.push({ match, placement });
  }
  return found;
}

/** A venue's headline element: one badge after it for the pair's price, even with no currency sign. */
export function scanHeadline(el: Element, env: ScanEnv, adapter: VenueAdapter): void {
  const bt = readBlockText(el, env.skip);
  const quote = quoteOf(`${env.pagePath} ${env.pageContext}`, adapter.defaultQuote);
  const context = `Bitcoin BTC/${quote} last price · ${env.pageContext}`;
  const reading = detectIn(bt.text, context, env, el);
  if (reading instanceof Promise) {
    waitFor(reading, el, env);
    return;
  }
  let match = reading.find((m) => m.kind === 'btc_price' && wanted(m, env.data, env.notPrices));
  if (!match) {
    const plain = plainPrice(bt.text);
    const rate = rateOfQuote(quote, env.data.usdPer);
    if (plain && rate) {
      const text = bt.text.slice(plain.start, plain.end);
      const { value } = plain;
      match = {
        ...plain,
        text,
        kind: 'btc_price',
        currency: quote,
        value,
        usd: value * rate,
        confidence: 0.9,
      };
    }
  }
  const usable = match && wanted(match, env.data, env.notPrices) ? match : null;
  // Block headlines take the badge inside, after their text; inline ones take it right after them.
  const anchor = isBlock(el) ? (lastContentChild(el) ?? el) : el;
  env.badges.reconcile(el, usable ? [{ match: usable, placement: { anchor } }] : []);
}
