import { formatEstimate, formatMoney } from '@/lib/format';
import { formatPercentAbs, gapDirection } from '@/lib/format-metrics';
import type { Snapshot } from '@/lib/snapshot/schema';
import { t, uiLocale } from './i18n';
import type { Converter } from './money';
import { rich, SLOTS } from './rich';

const HEADLINES = { below: 'headlineBelow', above: 'headlineAbove', at: 'headlineAt' } as const;

/** "17.3% below", "4.2% above", "right at": the gap as the headline and the chart say it. */
export function gapWords(gap: number, locale = uiLocale()): string {
  const direction = gapDirection(gap);
  if (direction === 'at') return t('gapAt');
  const percent = formatPercentAbs(gap, locale);
  return direction === 'below' ? t('gapBelow', percent) : t('gapAbove', percent);
}

/**
 * The popup's headline in words and numbers: "BTC $70,120 is 17.3% below the estimated
 * cost to mine one bitcoin, $84,600". `data-value`s carry the raw USD figures and the gap fraction
 * (the test contract from the economics issue), whatever the display currency.
 */
export function GapHeadline({ snapshot, money }: { snapshot: Snapshot; money: Converter }) {
  const { price, cost, gap } = snapshot;
  const locale = uiLocale();
  return (
    <p class={`headline band-${snapshot.band}`} data-testid="headline">
      {rich(
        t(HEADLINES[gapDirection(gap)], SLOTS[0], SLOTS[1], SLOTS[2]),
        <strong data-testid="price" data-value={price.usd}>
          {formatMoney(money(price.usd), money.currency, locale)}
        </strong>,
        <strong data-testid="gap" data-value={gap} class="gap">
          {gapWords(gap, locale)}
        </strong>,
        <strong data-testid="cost" data-value={cost.costUsd}>
          {formatEstimate(money(cost.costUsd), money.currency, locale)}
        </strong>,
      )}
    </p>
  );
}
