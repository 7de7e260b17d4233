import { hashpriceUsd } from '@/lib/economics/hashprice';
import type { MessageKey, Translate } from '@/lib/i18n/types';
import type { History } from '@/lib/snapshot/history';
import type { Snapshot } from '@/lib/snapshot/schema';

// Words for metric states (docs/domain.md §5), so no state is told by colour or a number alone.

type Ribbons = NonNullable<Snapshot['metrics']['hashRibbons']>;

export const RIBBON_WORDS: Record<Ribbons['state'], MessageKey> = {
  capitulation: 'ribbonsCapitulation',
  recovery: 'ribbonsRecovery',
  normal: 'ribbonsNormal',
};

/** Puell Multiple zones: < 0.5 historically a bottom zone, > 3 a top zone. */
export function puellWords(puell: number, t: Translate): string {
  if (puell < 0.5) return t('puellBottom');
  if (puell > 3) return t('puellTop');
  return t('puellBetween');
}

const DAY_MS = 86_400_000;

/**
 * Hashprice change against about `days` ago, as a fraction, from the daily history
 * (each day's price, difficulty and average reward); null without a day that old.
 */
export function hashpriceTrend(
  history: History | null,
  currentUsdPerPhDay: number,
  now: number,
  days = 30,
): number | null {
  if (!history) return null;
  const target = now - days * DAY_MS;
  const past = history.days.filter((day) => day.t <= target).at(-1);
  if (!past || target - past.t > 7 * DAY_MS) return null;
  const then = hashpriceUsd(past.difficulty, past.rewardBtc, past.priceUsd);
  return then > 0 ? currentUsdPerPhDay / then - 1 : null;
}
