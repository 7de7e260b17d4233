/**
 * The words on and behind a badge. The band is always said in a symbol and in text, never by
 * colour alone, and the sentence says it is an estimate, not a price floor (DOMAIN.md §4).
 */
import { formatCompactMoney, formatMoney, formatMultiple, formatPercent } from '../format';
import type { BadgeData, Gap } from './badge-data';

export type BadgeKind = 'btc_price' | 'btc_cost';

const SYMBOL = { below: '▼', near: '≈', above: '▲' } as const;

/** The cost in the display currency, as the pill and the sentence write it: once per snapshot. */
const costTexts = new WeakMap<BadgeData, Map<string, { compact: string; full: string }>>();
function costText(data: BadgeData, locale?: string): { compact: string; full: string } {
  let byLocale = costTexts.get(data);
  if (!byLocale) {
    byLocale = new Map();
    costTexts.set(data, byLocale);
  }
  let text = byLocale.get(locale ?? '');
  if (!text) {
    const cost = data.costUsd / data.currencyUsd;
    text = {
      compact: formatCompactMoney(cost, data.currency, locale),
      full: formatMoney(cost, data.currency, locale),
    };
    byLocale.set(locale ?? '', text);
  }
  return text;
}

/** Unsigned percent with its direction in words: "17% below", "4% above", "at". */
function distance(gap: number, locale?: string): string {
  if (Math.abs(gap) < 0.005) return 'level with';
  return `${formatPercent(Math.abs(gap), locale)} ${gap < 0 ? 'below' : 'above'}`;
}

/** The compact text inside the pill. */
export function pillText(kind: BadgeKind, gap: Gap, data: BadgeData, locale?: string): string {
  const cost = costText(data, locale).compact;
  if (kind === 'btc_cost') return `model: ${cost}`;
  const symbol = SYMBOL[gap.band];
  if (data.style === 'multiple') return `${symbol} ${formatMultiple(gap.multiple, locale)}`;
  if (data.style === 'cost') return `${symbol} cost ${cost}`;
  return `${symbol} ${formatPercent(gap.gap, locale, true)}`;
}

/** The full sentence for screen readers and the tooltip. */
export function ariaLabel(
  kind: BadgeKind,
  amount: string,
  gap: Gap,
  data: BadgeData,
  locale?: string,
): string {
  const cost = costText(data, locale).full;
  const stale = data.stale ? ' Data may be out of date.' : '';
  if (kind === 'btc_cost') {
    return (
      `Mining cost figure ${amount}: ${distance(gap.gap, locale)} the ${data.modelLabel} estimate of ${cost}` +
      ` per bitcoin (Hashfloor).${stale}`
    );
  }
  return (
    `Bitcoin price ${amount} is ${distance(gap.gap, locale)} the estimated cost to mine one bitcoin, ${cost}` +
    ` (${data.modelLabel}; ${formatMultiple(gap.multiple, locale)} of cost). An estimate, not a price floor.${stale}`
  );
}
