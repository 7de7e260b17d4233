/**
 * Intl formatters shared by the badges, popup and options page. Formatters are cached per
 * locale/options because constructing an `Intl.NumberFormat` costs far more than using one.
 */
const cache = new Map<string, Intl.NumberFormat>();

/** `name` stands for `options` (a live ticker formats many times a second: no key built from them). */
function numberFormat(
  locale: string | undefined,
  name: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${locale ?? ''}|${name}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Whole-unit money, e.g. `formatMoney(70123.45)` → "$70,123"; `formatMoney(1.5, 'USD', 'en', 2)` → "$1.50". */
export function formatMoney(value: number, currency = 'USD', locale?: string, fractionDigits = 0): string {
  return numberFormat(locale, `money|${currency}|${fractionDigits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Short money for tight spaces, e.g. `formatCompactMoney(84_600)` → "$84.6k", 1_250_000 → "$1.25M". */
export function formatCompactMoney(value: number, currency = 'USD', locale?: string): string {
  const format = numberFormat(locale, `compact|${currency}`, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: 3,
  });
  // Intl's English compact form is "K"; the product writes "k" for thousands ("$84.6k").
  return format.format(value).replace(/(\d)K\b/, '$1k');
}

/**
 * A cost estimate rounded to three significant figures so it does not pretend to precision: the one
 * way every surface writes the cost (popup, card, badge descriptions, toolbar, options).
 * @example formatEstimate(84_612) // "$84,600"
 */
export function formatEstimate(value: number, currency = 'USD', locale?: string): string {
  if (!Number.isFinite(value) || value <= 0) return formatMoney(value, currency, locale);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 2);
  return formatMoney(Math.round(value / step) * step, currency, locale);
}

/**
 * Whether a price is level with cost in every surface's words ("at cost"): its gap rounds to 0.0 %
 * at the one decimal that popup and badges both show for small gaps.
 * @example isAtCost(0.0004) // true; isAtCost(0.003) // false: "0.3% above"
 */
export const isAtCost = (gap: number): boolean => Math.abs(gap) < 0.0005;

/** Decimals a percentage shows: whole percents from 10 % on, up to `maxDigits` below. */
export const percentDigits = (fraction: number, maxDigits = 1): number =>
  Math.abs(fraction) >= 0.1 ? 0 : maxDigits;

/**
 * A fraction as a percentage, e.g. `formatPercent(-0.173)` → "-17%", `formatPercent(0.042)` → "4.2%".
 * With `signed`, positive values get a "+" too (gaps are always shown with their sign).
 */
export function formatPercent(fraction: number, locale?: string, signed = false, maxDigits = 1): string {
  const digits = percentDigits(fraction, maxDigits);
  return numberFormat(locale, `percent|${digits}|${signed}`, {
    style: 'percent',
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  })
    .format(fraction)
    .replace('-', MINUS);
}

/** The minus sign every surface writes (U+2212, as the popup's changes do); Intl's en-US writes "-". */
export const MINUS = '\u2212';

/** A price/cost multiple, e.g. `formatMultiple(0.8264)` → "0.83×". */
export function formatMultiple(multiple: number, locale?: string): string {
  return `${numberFormat(locale, 'multiple', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(multiple)}×`;
}

/** A plain number with grouping, e.g. `formatNumber(141.67, 'en', 1)` → "141.7". */
export function formatNumber(value: number, locale?: string, maxDigits = 0): string {
  return numberFormat(locale, `number|${maxDigits}`, { maximumFractionDigits: maxDigits }).format(value);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago `thenMs` was, e.g. "2 min ago", "3 hr ago", "yesterday"; under a minute is "now". */
export function formatAge(thenMs: number, nowMs: number, locale?: string): string {
  const elapsed = Math.max(0, nowMs - thenMs);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  for (const [unit, size] of UNITS) {
    // English short units carry a period ("2 min. ago"); the product writes "2 min ago".
    if (elapsed >= size)
      return relative.format(-Math.floor(elapsed / size), unit).replace(/\b(min|hr)\./, '$1');
  }
  return relative.format(0, 'second');
}
