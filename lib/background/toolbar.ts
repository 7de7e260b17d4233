import { formatEstimate } from '../format';
import type { Snapshot } from '../snapshot/schema';

// The toolbar icon (issue 3): badge text is the rounded gap in percent, its colour the band,
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

const usd = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
    value,
  );

export function ageText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 90) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
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

export function toolbarView(
  snapshot: Snapshot | null,
  now: number,
  {
    paused = false,
    shows = 'gap',
    unreachable = false,
  }: { paused?: boolean; shows?: ToolbarShows; unreachable?: boolean } = {},
): ToolbarView {
  // No data yet: say whether it is still coming or the sources cannot be reached (not "…" forever).
  if (!snapshot)
    return unreachable
      ? {
          text: '!',
          color: STALE_COLOR,
          title: 'Hashfloor: cannot reach the price and network sources yet; it keeps trying.',
          grey: true,
        }
      : { text: '…', color: STALE_COLOR, title: 'Hashfloor: fetching miner economics…', grey: true };
  const { health, cost, price } = snapshot;
  const flagged = health.stale || health.failing;
  const percent = Math.round(Math.abs(snapshot.gap) * 100);
  const relation = snapshot.gap < 0 ? `${percent}% below` : `${percent}% above`;
  const lines = [
    `Hashfloor: BTC ${usd(price.usd)} is ${relation} the estimated cost to mine one (${formatEstimate(cost.costUsd, 'USD', 'en-US')}).`,
    `Model: ${cost.label}${cost.stale ? ' (stale figure)' : ''}.`,
    `Price from ${price.source}, updated ${ageText(now - health.lastGoodAt)}.`,
  ];
  if (health.stale) lines.push('Data is stale: the latest refreshes did not get through.');
  else if (health.failing) lines.push('Some sources are failing; showing the last good numbers.');
  if (flagged && health.nextAttemptAt !== undefined && health.nextAttemptAt > now) {
    const minutes = Math.max(1, Math.round((health.nextAttemptAt - now) / 60_000));
    lines.push(`Next automatic try in ${minutes} min; Refresh in the popup tries now.`);
  }
  if (paused) lines.push('Badges are paused on every site.');
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
