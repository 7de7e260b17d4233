/**
 * What the overlay shows, as the background publishes it in `storage.local` (`overlayView`): the
 * per-site switches and the badge view-model, computed from the validated settings and snapshot. The
 * page side reads it through the plain guards below, so no schema library ships to pages
 * (tests/e2e/bundle-budget.spec.ts).
 */
import type { Translate } from '../i18n/types';
import type { Settings } from '../settings';
import type { Snapshot } from '../snapshot/schema';
import { type BadgeData, badgeDataFromSnapshot } from './badge-data';
import { isBadgeData } from './overlay-view-guard';

export const OVERLAY_VIEW_KEY = 'overlayView';

/** The per-site switches, and the reader's "not a Bitcoin price" corrections (per site too). */
export type SiteSwitches = Pick<
  Settings,
  'paused' | 'siteMode' | 'allowedSites' | 'disabledSites' | 'notPrices'
>;

export interface OverlayView {
  sites: SiteSwitches;
  /** Null when there is no snapshot to compare with. */
  data: BadgeData | null;
  /** The words badges and cards say (page-words.ts), as templates (lib/i18n/templates.ts). */
  words: Record<string, string>;
}

/**
 * The view the background publishes for `settings` and `snapshot`; `words` from templatesOf(PAGE_WORDS).
 * @example await local.set({ [OVERLAY_VIEW_KEY]: overlayViewOf(settings, snapshot, t, locale, words) });
 */
export function overlayViewOf(
  settings: Settings,
  snapshot: Snapshot | null,
  t: Translate,
  locale?: string,
  words: Record<string, string> = {},
): OverlayView {
  const { paused, siteMode, allowedSites, disabledSites, notPrices } = settings;
  return {
    sites: { paused, siteMode, allowedSites, disabledSites, notPrices },
    data: badgeDataFromSnapshot(snapshot, settings, t, locale),
    words,
  };
}

const isHostList = (x: unknown): x is string[] => Array.isArray(x) && x.every((h) => typeof h === 'string');
const isNotPrices = (x: unknown): x is Settings['notPrices'] =>
  Array.isArray(x) &&
  x.every(
    (r) => typeof r === 'object' && r !== null && typeof r.site === 'string' && typeof r.text === 'string',
  );

function isSiteSwitches(x: unknown): x is SiteSwitches {
  const s = x as Partial<SiteSwitches> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.paused === 'boolean' &&
    (s.siteMode === 'all' || s.siteMode === 'allowlist') &&
    isHostList(s.allowedSites) &&
    isHostList(s.disabledSites) &&
    isNotPrices(s.notPrices)
  );
}

const isWords = (x: unknown): x is Record<string, string> =>
  typeof x === 'object' &&
  x !== null &&
  !Array.isArray(x) &&
  Object.values(x).every((w) => typeof w === 'string');

/**
 * The stored view if it has the right shape, else null (the overlay then shows nothing). A view an
 * older version published has no words: the overlay then asks the browser for them.
 */
export function readOverlayView(raw: unknown): OverlayView | null {
  const v = raw as Partial<OverlayView> | null;
  if (typeof v !== 'object' || v === null || !isSiteSwitches(v.sites)) return null;
  if (v.data !== null && !isBadgeData(v.data)) return null;
  if (v.words !== undefined && !isWords(v.words)) return null;
  return { sites: v.sites, data: v.data, words: v.words ?? {} };
}
