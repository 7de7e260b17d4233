/**
 * The words on and behind a badge. The band is always said in a symbol and in text, never by
 * colour alone, and the sentence says it is an estimate, not a price floor (DOMAIN.md §4).
 */
import type { BadgeData, Gap } from './badge-data';
import { multipleText, percentText } from './number-style';

export type BadgeKind = 'btc_price' | 'btc_cost';

const SYMBOL = { below: '▼', near: '≈', above: '▲' } as const;

/** Unsigned percent with its direction in words: "17% below", "4% above", "at". */
function distance(gap: number, data: BadgeData): string {
  if (Math.abs(gap) < 0.005) return 'level with';
  return `${percentText(Math.abs(gap), data.numbers)} ${gap < 0 ? 'below' : 'above'}`;
}

/** The compact text inside the pill. */
export function pillText(kind: BadgeKind, gap: Gap, data: BadgeData): string {
  const cost = data.costCompact;
  if (kind === 'btc_cost') return `model: ${cost}`;
  const symbol = SYMBOL[gap.band];
  if (data.style === 'multiple') return `${symbol} ${multipleText(gap.multiple, data.numbers)}`;
  if (data.style === 'cost') return `${symbol} cost ${cost}`;
  return `${symbol} ${percentText(gap.gap, data.numbers, true)}`;
}

/** The full sentence for screen readers and the tooltip. */
export function ariaLabel(kind: BadgeKind, amount: string, gap: Gap, data: BadgeData): string {
  const cost = data.costText;
  const stale = data.stale ? ' Data may be out of date.' : '';
  if (kind === 'btc_cost') {
    return (
      `Mining cost figure ${amount}: ${distance(gap.gap, data)} the ${data.modelLabel} estimate of ${cost}` +
      ` per bitcoin (Hashfloor).${stale}`
    );
  }
  return (
    `Bitcoin price ${amount} is ${distance(gap.gap, data)} the estimated cost to mine one bitcoin, ${cost}` +
    ` (${data.modelLabel}; ${multipleText(gap.multiple, data.numbers)} of cost). An estimate, not a price floor.${stale}`
  );
}
