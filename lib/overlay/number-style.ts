/**
 * Numbers on badges without `Intl` on the page: creating the first `Intl.NumberFormat` in a page's
 * renderer costs more than the rest of a short article's badges together (bench: short news
 * article). The background reads the reader's locale style once (`numberStyleOf`) and publishes it
 * with the overlay view; the page formats percents and multiples with it, exactly as `Intl` would
 * (tests/unit/overlay/number-style.test.ts compares them across locales).
 */
import { MINUS, percentDigits } from '../format';

export interface NumberStyle {
  /** The locale's digits 0–9. */
  digits: string;
  decimal: string;
  group: string;
  /** The fewest integer digits that get grouped (4 in en-US "1,234"; 5 in es-ES "1234", "12 345"). */
  groupFrom: number;
  /** Percent patterns with `{n}` for the unsigned number: negative, explicitly positive, plain. */
  percent: { negative: string; positive: string; plain: string };
}

const TEMPLATE_VALUE = 0.5;

/** The style of `locale` (background only: it uses `Intl`). */
export function numberStyleOf(locale?: string): NumberStyle {
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, d) => plain.format(d)).join('');
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const fifty = plain.format(TEMPLATE_VALUE * 100);
  const pattern = (signDisplay: 'auto' | 'exceptZero', value: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', signDisplay }).format(value).replace(fifty, '{n}');
  return {
    digits,
    decimal: part('decimal', '.'),
    group: part('group', ','),
    groupFrom: new Intl.NumberFormat(locale).format(1234) === plain.format(1234) ? 5 : 4,
    percent: {
      negative: pattern('auto', -TEMPLATE_VALUE).replace('-', MINUS),
      positive: pattern('exceptZero', TEMPLATE_VALUE),
      plain: pattern('auto', TEMPLATE_VALUE),
    },
  };
}

/** `value` (≥ 0) with at most `maxDigits` decimals (or exactly `minDigits`), grouped by thousands. */
function unsigned(value: number, style: NumberStyle, maxDigits: number, minDigits = 0): string {
  // Rounded half away from zero on the shortest decimal form, as Intl does ("1.005" → "1.01",
  // where toFixed reads the binary 1.00499… and writes "1.00").
  const rounded = Math.round(Number(`${value}e${maxDigits}`)) / 10 ** maxDigits;
  let [whole = '0', fraction = ''] = rounded.toFixed(maxDigits).split('.');
  fraction = fraction.replace(/0+$/, '').padEnd(minDigits, '0');
  if (whole.length >= style.groupFrom) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return text.replace(/[\d.\u0000]/g, (c) =>
    c === '.' ? style.decimal : c === '\u0000' ? style.group : style.digits[Number(c)]!,
  );
}

/**
 * A fraction as a percentage, like `formatPercent` in lib/format.ts: whole percents from 10 % on,
 * one decimal below; `signed` adds "+" to positive values.
 * @example percentText(-0.173, style, true) // "-17%" in en-US
 */
export function percentText(fraction: number, style: NumberStyle, signed = false): string {
  const percent = Math.abs(fraction) * 100;
  const digits = percentDigits(fraction);
  const n = unsigned(percent, style, digits);
  // As Intl: a signed value that rounds to zero loses its sign; an unsigned negative one keeps it.
  const zero = Math.round(Number(`${percent}e${digits}`)) === 0;
  const { negative, positive, plain } = style.percent;
  const pattern =
    signed && zero ? plain : fraction < 0 ? negative : signed && fraction > 0 ? positive : plain;
  return pattern.replace('{n}', n);
}

/** A price/cost multiple with two decimals, like `formatMultiple`: "0.83×". */
export const multipleText = (multiple: number, style: NumberStyle): string =>
  `${unsigned(Math.abs(multiple), style, 2, 2)}×`;
