/**
 * The words on and behind a badge. Which side of cost a price is on is said in words ("17% below
 * cost"), never by colour alone, with the popup's vocabulary (below / above / at cost); the sentence says
 * it is an estimate, not a price floor (docs/domain.md §4). A bare "▼ −17%" read as a price drop beside an
 * exchange's own "▼ 2.1%", and "≈" as "approximately".
 */
import { isAtCost } from '../format';
import type { BadgeData, Gap } from './badge-data';
import { multipleText, percentText } from './number-style';

export type BadgeKind = 'btc_price' | 'btc_cost';

/** Unsigned percent with its direction in words: "17% below", "4% above", "at". */
function distance(gap: number, data: BadgeData): string {
  if (isAtCost(gap)) return 'level with';
  return `${percentText(Math.abs(gap), data.numbers)} ${gap < 0 ? 'below' : 'above'}`;
}

/** Which side of cost, in words: "17% below cost", "42% above cost", "at cost". */
export function sideOfCost(gap: number, data: BadgeData): string {
  const side = distance(gap, data);
  return side === 'level with' ? 'at cost' : `${side} cost`;
}

/** The compact text inside the pill. */
export function pillText(kind: BadgeKind, gap: Gap, data: BadgeData): string {
  const cost = data.costCompact;
  if (kind === 'btc_cost') return `model: ${cost}`;
  if (data.style === 'multiple') return `${multipleText(gap.multiple, data.numbers)} cost`;
  if (data.style === 'cost') return `cost ${cost}`;
  return sideOfCost(gap.gap, data);
}

/**
 * The badge's name for screen readers, short so it reads well mid-sentence ("Bitcoin price $70,000:
 * 17% below cost"); the figures behind it are its description (`ariaDescription`).
 */
export function ariaLabel(kind: BadgeKind, amount: string, gap: Gap, data: BadgeData): string {
  if (kind === 'btc_cost')
    return `Cost-to-mine figure ${amount}: ${distance(gap.gap, data)} the model's estimate`;
  return `Bitcoin price ${amount}: ${sideOfCost(gap.gap, data)}`;
}

/** What the short label stands on: the model, its cost and the multiple, and that it is an estimate. */
export function ariaDescription(kind: BadgeKind, gap: Gap, data: BadgeData, far = false): string {
  const stale = data.stale ? ' Data may be out of date.' : '';
  const then = far ? `Not today's price (${data.spotText} now): compared with today's cost. ` : '';
  if (kind === 'btc_cost')
    return `${data.modelLabel} estimate: ${data.costText} per bitcoin (Hashfloor).${stale}`;
  return (
    `${then}Estimated cost to mine one bitcoin: ${data.costText} (${data.modelLabel}; ` +
    `${multipleText(gap.multiple, data.numbers)} of cost). An estimate, not a price floor.${stale}`
  );
}
