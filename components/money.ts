import type { Currency } from '@/lib/settings';
import type { Snapshot } from '@/lib/snapshot/schema';

/** A USD amount in the display currency at today's BTC cross rate; falls back to USD if the rate is missing. */
export interface Converter {
  currency: Currency;
  (usd: number): number;
}

export function converter(snapshot: Snapshot, wanted: Currency): Converter {
  const local = snapshot.price.perCurrency[wanted];
  const ok = wanted === 'USD' || (local !== undefined && local > 0 && snapshot.price.usd > 0);
  const rate = ok && local !== undefined && wanted !== 'USD' ? local / snapshot.price.usd : 1;
  const currency: Currency = ok ? wanted : 'USD';
  return Object.assign((usd: number) => usd * rate, { currency });
}
