/**
 * The reader's "not a Bitcoin price" corrections: on a site, an amount written a given way gets no
 * badge. Plain code (no schema library): the overlay imports `notPriceKey` too (tests/e2e/bundle-budget.spec.ts).
 */
import type { NotPrice, Settings } from './schema';

/** Most corrections kept; the oldest give way. */
export const MAX_NOT_PRICES = 500;

/**
 * The form a correction's text is compared in: whitespace runs (no-break spaces included) as one space.
 * @example notPriceKey(' $3,100\u00a0 ') // '$3,100'
 */
export const notPriceKey = (text: string): string => text.replace(/\s+/gu, ' ').trim().slice(0, 80);

/** `settings` with one more correction (once; the newest last, the oldest dropped past the limit). */
export function withNotPrice(settings: Settings, rule: NotPrice): Settings {
  const text = notPriceKey(rule.text);
  const rest = settings.notPrices.filter((r) => !(r.site === rule.site && r.text === text));
  return { ...settings, notPrices: [...rest, { site: rule.site, text }].slice(-MAX_NOT_PRICES) };
}

/** The texts corrected on `site`, for the overlay. */
export const notPricesOn = (rules: readonly NotPrice[], site: string): Set<string> =>
  new Set(rules.filter((r) => r.site === site).map((r) => r.text));
