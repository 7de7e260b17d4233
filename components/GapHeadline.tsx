import { formatEstimate, formatMoney } from '@/lib/format';
import { formatPercentAbs, gapDirection } from '@/lib/format-ui';
import type { Snapshot } from '@/lib/snapshot/schema';
import type { Converter } from './money';

/**
 * The popup's headline in words and numbers: "BTC $70,120 is 17.3% below the estimated
 * cost to mine one bitcoin, $84,600". `data-value`s carry the raw USD figures and the gap fraction
 * (the test contract from the economics issue), whatever the display currency.
 */
export function GapHeadline({ snapshot, money }: { snapshot: Snapshot; money: Converter }) {
  const { price, cost, gap } = snapshot;
  const direction = gapDirection(gap);
  return (
    <p class={`headline band-${snapshot.band}`} data-testid="headline">
      BTC{' '}
      <strong data-testid="price" data-value={price.usd}>
        {formatMoney(money(price.usd), money.currency)}
      </strong>{' '}
      is{' '}
      <strong data-testid="gap" data-value={gap} class="gap">
        {direction === 'at' ? 'right at' : `${formatPercentAbs(gap)} ${direction}`}
      </strong>{' '}
      the estimated cost to mine one bitcoin,{' '}
      <strong data-testid="cost" data-value={cost.costUsd}>
        {formatEstimate(money(cost.costUsd), money.currency)}
      </strong>
    </p>
  );
}
