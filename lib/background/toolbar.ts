import { formatEstimate, formatMoney } from '../format';
import { costLabel } from '../i18n/model-words';
import type { Translate, UiWords } from '../i18n/types';
import type { Snapshot } from '../snapshot/schema';

// The toolbar icon: badge text is the rounded gap in percent, its colour the band,
// the title says price, cost, model and age. Stale or failing data gets a "!" and grey.

export const BAND_COLORS = { below: '#c62828', near: '#b26a00', above: '#2e7d32' } as const;
export const STALE_COLOR = '#6b6b6b';

export interface ToolbarView {
  text: string;
  color: string;
  title: string;
  /** The greyed icon (public/icon-grey) when paused, stale, failing or without data; else the colour one. */
  grey: boolean;
}

/** Icon paths per size, from docs/icon/hashfloor.svg (scripts/icons.ts). */
export const iconPaths = (grey: boolean): Record<string, string> => {
  const dir = grey ? 'icon-grey' : 'icon';
  return { 16: `/${dir}/16.png`, 32: `/${dir}/32.png` };
};

/** The slice of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) used here. */
export interface ActionApi {
  setBadgeText(details: { text: string }): void | Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): void | Promise<void>;
  setTitle(details: { title: string }): void | Promise<void>;
  setIcon?(details: { path: Record<string, string> }): void | Promise<void>;
}

/** How long ago, roughly: "just now", "5 min ago", "3 h ago", "2 days ago". */
export function ageText(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return t('ageJustNow');
  if (minutes < 90) return t('ageMinutes', String(minutes));
  const hours = Math.round(minutes / 60);
  return hours < 48 ? t('ageHours', String(hours)) : t('ageDays', String(Math.round(hours / 24)));
}

/** What the icon's text shows, from the settings. */
export type ToolbarShows = 'gap' | 'price' | 'cost';

/** Thousands of dollars in at most four characters: 70_123 → "70k", 101_500 → "102k". */
const thousands = (usd: number): string =>
  usd >= 999_500 ? `${Math.round(usd / 1e6)}M` : `${Math.round(usd / 1000)}k`;

/** Badge text: `-17`, `+23`, `0`; with a trailing `!` when stale or failing. */
export function gapText(gap: number, flagged: boolean): string {
  const percent = Math.round(gap * 100);
  const text = percent > 0 ? `+${percent}` : String(percent);
  const short = Math.abs(percent) >= 1000 ? (percent > 0 ? '+999' : '-999') : text;
  return flagged ? `${short}!` : short;
}

/**
 * The icon's text, colour and title; the title in the UI language (`words`), amounts in USD.
 * @example toolbarView(snapshot, Date.now(), { shows: 'gap' }, { t, locale: 'de' })
 */
export function toolbarView(
  snapshot: Snapshot | null,
  now: number,
  {
    paused = false,
    shows = 'gap',
    unreachable = false,
  }: { paused?: boolean; shows?: ToolbarShows; unreachable?: boolean },
  { t, locale }: UiWords,
): ToolbarView {
  // No data yet: say whether it is still coming or the sources cannot be reached (not "…" forever).
  if (!snapshot)
    return unreachable
      ? { text: '!', color: STALE_COLOR, title: t('toolbarUnreachable'), grey: true }
      : { text: '…', color: STALE_COLOR, title: t('toolbarFetching'), grey: true };
  const { health, cost, price } = snapshot;
  const flagged = health.stale || health.failing;
  const percent = `${Math.round(Math.abs(snapshot.gap) * 100)}`;
  const [priceText, costText] = [
    formatMoney(price.usd, 'USD', locale),
    formatEstimate(cost.costUsd, 'USD', locale),
  ];
  const model = costLabel(cost, t);
  const lines = [
    snapshot.gap < 0
      ? t('toolbarBelow', priceText, percent, costText)
      : t('toolbarAbove', priceText, percent, costText),
    cost.stale ? t('toolbarModelStale', model) : t('toolbarModel', model),
    t('toolbarPriceFrom', price.source, ageText(now - health.lastGoodAt, t)),
  ];
  if (health.stale) lines.push(t('toolbarStale'));
  else if (health.failing) lines.push(t('toolbarFailing'));
  if (flagged && health.nextAttemptAt !== undefined && health.nextAttemptAt > now) {
    const minutes = Math.max(1, Math.round((health.nextAttemptAt - now) / 60_000));
    lines.push(t('toolbarNextTry', String(minutes)));
  }
  if (paused) lines.push(t('toolbarPaused'));
  const mark = flagged ? '!' : '';
  return {
    text:
      shows === 'price'
        ? `${thousands(price.usd)}${mark}`
        : shows === 'cost'
          ? `${thousands(cost.costUsd)}${mark}`
          : gapText(snapshot.gap, flagged),
    color: flagged ? STALE_COLOR : BAND_COLORS[snapshot.band],
    title: lines.join('\n'),
    grey: flagged || paused,
  };
}

/** Paints the view; errors (e.g. a closed window on Firefox) are ignored: the icon is cosmetic. */
export async function applyToolbar(action: ActionApi | undefined, view: ToolbarView): Promise<void> {
  if (!action) return;
  try {
    await Promise.all([
      action.setBadgeText({ text: view.text }),
      action.setBadgeBackgroundColor({ color: view.color }),
      action.setTitle({ title: view.title }),
      action.setIcon?.({ path: iconPaths(view.grey) }),
    ]);
  } catch {
    // Nothing useful to do: the next snapshot repaints.
  }
}
