import { formatMoney, formatNumber, isAtCost, MINUS } from './format';
import type { Translate } from './i18n/types';

// The network figures, changes and dates the popup, options and notifications show; money, percents
// and multiples, which badges on pages need too, live in ./format.ts (the overlay bundles only that).

const percentOneDecimal = (locale: string | undefined, signDisplay: 'auto' | 'exceptZero') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay });

/** Unsigned percentage with one decimal, for sentences that carry the sign in words: 0.1734 → "17.3%" ("17,3 %" in de). */
export function formatPercentAbs(fraction: number, locale?: string): string {
  return percentOneDecimal(locale, 'auto').format(Math.abs(fraction));
}

/** Signed percentage with one decimal for changes: 3.21 (already in %) → "+3.2%", -11.16 → "−11.2%". */
export function formatChangePercent(percent: number, locale?: string): string {
  return percentOneDecimal(locale, 'exceptZero')
    .format(percent / 100)
    .replace('-', MINUS);
}

/** "below", "above" or "at" for a gap fraction, as the headline reads it. */
export const gapDirection = (gap: number): 'below' | 'above' | 'at' =>
  isAtCost(gap) ? 'at' : gap < 0 ? 'below' : 'above';

/** Difficulty in tera, as mining sites quote it: 141_668_107_417_558 → "141.67 T". */
export const formatDifficulty = (difficulty: number, locale?: string): string =>
  `${formatNumber(difficulty / 1e12, locale, 2)} T`;

/** Hashrate in EH/s: 9.13e20 → "913 EH/s". */
export const formatHashrate = (hashrateHs: number, locale?: string): string =>
  `${formatNumber(hashrateHs / 1e18, locale, 0)} EH/s`;

/** Hashprice in money per PH/s per day: 38.2 → "$38.20/PH/day" (the unit's word in the UI language). */
export const formatHashprice = (value: number, t: Translate, currency = 'USD', locale?: string): string =>
  t('unitPerPhDay', formatMoney(value, currency, locale, 2));

/** Electricity price per kWh with three decimals: 0.0452 → "$0.045/kWh". */
export const formatPerKwh = (value: number, currency = 'USD', locale?: string): string =>
  `${formatMoney(value, currency, locale, 3)}/kWh`;

/** A calendar date without year when it is this year's: "12 Mar" / "Mar 12" by locale. */
export function formatDay(ms: number, locale?: string, now = Date.now()): string {
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(ms);
}

/** Date and time for "last good data" lines: "5 Feb, 14:32". */
export const formatDateTime = (ms: number, locale?: string): string =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
