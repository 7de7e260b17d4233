import { CURRENCIES, type Currency } from '../settings';
import { isPrice, type PartialPrices } from './quotes';

// Exchange-rate plausibility, in the spirit of docs/domain.md §4 (absurd input = data error). Not in
// docs/domain.md: broad bands of USD per 1 unit that only catch unit slips, inverse quotes and overflow.

export const USD_PER_UNIT: Record<Exclude<Currency, 'USD'>, readonly [number, number]> = {
  EUR: [0.3, 3],
  GBP: [0.3, 3],
  CAD: [0.3, 3],
  CHF: [0.3, 3],
  AUD: [0.3, 3],
  JPY: [0.002, 0.03],
};

/**
 * Keeps USD and each currency whose implied rate (USD price / its price) lies in its band; the
 * others are dropped (they then borrow the last known rate) and described in `problems`.
 */
export function plausiblePrices(found: PartialPrices): { prices: PartialPrices; problems: string[] } {
  const usd = found.USD;
  const prices: PartialPrices = usd === undefined ? {} : { USD: usd };
  const problems: string[] = [];
  for (const currency of CURRENCIES) {
    if (currency === 'USD') continue;
    const value = found[currency];
    if (value === undefined) continue;
    const [min, max] = USD_PER_UNIT[currency];
    const rate = isPrice(usd) && isPrice(value) ? usd / value : Number.NaN;
    if (rate >= min && rate <= max) {
      prices[currency] = value;
      continue;
    }
    const shown = Number.isFinite(rate) ? `${+rate.toPrecision(3)} USD/${currency}` : 'no rate';
    problems.push(`implausible ${currency} price ${value} (${shown}, expected ${min}–${max}): dropped`);
  }
  return { prices, problems };
}

/** The rates (USD per unit) inside their bands: a bad rate stored earlier is not lent again. */
export function plausibleRates(usdPer: Partial<Record<Currency, number>>): Partial<Record<Currency, number>> {
  const out: Partial<Record<Currency, number>> = { USD: 1 };
  for (const [currency, [min, max]] of Object.entries(USD_PER_UNIT)) {
    const rate = usdPer[currency as Currency];
    if (rate !== undefined && rate >= min && rate <= max) out[currency as Currency] = rate;
  }
  return out;
}
