import * as z from 'zod/mini';
import { DataError } from '../economics/guards';
import { CURRENCIES, type Currency, CurrencySchema } from '../settings';

// Normalised, validated inputs every source is converted to at the edge (units: USD, H/s, ms, BTC).
// The background stores them under storage.local `market`, so a settings change recomputes at once.

const stamp = { source: z.string(), fetchedAt: z.number() };
const positive = () => z.number().check(z.positive());

export const PriceQuoteSchema = z.object({
  usd: positive(),
  /** Price of 1 BTC in each currency. */
  perCurrency: z.record(CurrencySchema, positive()),
  /** When the source says the price holds (ms), if it says. */
  asOf: z.optional(z.number()),
  ...stamp,
});
export type PriceQuote = z.infer<typeof PriceQuoteSchema>;

export const NetworkQuoteSchema = z.object({
  difficulty: positive(),
  hashrateHs: positive(),
  hashrate7dHs: positive(),
  height: z.number().check(z.int(), z.nonnegative()),
  ...stamp,
});
export type NetworkQuote = z.infer<typeof NetworkQuoteSchema>;

export const RewardsQuoteSchema = z.object({ avgFeesBtc: z.number().check(z.nonnegative()), ...stamp });
export type RewardsQuote = z.infer<typeof RewardsQuoteSchema>;

export const AdjustmentQuoteSchema = z.object({
  changePercent: z.number(),
  retargetAt: z.number(),
  remainingBlocks: z.number(),
  progressPercent: z.number(),
  ...stamp,
});
export type AdjustmentQuote = z.infer<typeof AdjustmentQuoteSchema>;

export type PartialPrices = Partial<Record<Currency, number>>;

/** A usable price: finite and above zero (JSON's `1e400` parses as Infinity). */
export const isPrice = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Clock skew tolerated on a source's "as of" time; later than this is a data error. */
export const MAX_FUTURE_MS = 5 * 60_000;

/** Returns `asOf` (ms) unless it lies more than MAX_FUTURE_MS after `now`. */
export function checkAsOf(asOf: number, now: number, what: string): number {
  if (Number.isFinite(asOf) && asOf <= now + MAX_FUTURE_MS) return asOf;
  throw new DataError(`${what} dated in the future (${Math.round((asOf - now) / 60_000)} min ahead)`);
}

/**
 * Completes a source's prices: currencies it lacks are derived from the USD price and the last
 * known exchange rates (`usdPer`: USD per 1 unit). Throws a DataError when a currency stays unknown.
 */
export function completePrices(found: PartialPrices, usdPer?: Partial<Record<Currency, number>>) {
  const usd = found.USD;
  if (usd === undefined) throw new DataError('no USD price');
  const out = {} as Record<Currency, number>;
  for (const currency of CURRENCIES) {
    const direct = found[currency];
    const rate = usdPer?.[currency];
    if (isPrice(direct)) out[currency] = direct;
    else if (isPrice(rate)) out[currency] = usd / rate;
    else throw new DataError(`no ${currency} price and no earlier exchange rate`);
  }
  return out;
}

/** USD per 1 unit of each currency, from a complete price quote. */
export function usdPerUnit(perCurrency: Record<Currency, number>): Record<Currency, number> {
  const out = {} as Record<Currency, number>;
  for (const currency of CURRENCIES) out[currency] = perCurrency.USD / perCurrency[currency];
  return out;
}

/** Validates one API response; a wrong shape becomes a DataError naming the first problem. */
export function parse<T>(schema: z.ZodMiniType<T>, raw: unknown, what: string): T {
  const result = z.safeParse(schema, raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new DataError(`unexpected ${what} shape at ${issue?.path.join('.') || 'root'}: ${issue?.message}`);
}
