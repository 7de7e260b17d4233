import * as z from 'zod/mini';
import { PageRatesSchema } from '../sources/page-rates';
import {
  AdjustmentQuoteSchema,
  NetworkQuoteSchema,
  PriceQuoteSchema,
  RewardsQuoteSchema,
} from '../sources/quotes';

// Raw validated inputs, stored under storage.local `market` so a settings change rebuilds
// the snapshot at once without refetching. Each slot is replaced only by a success.

export const MARKET_KEY = 'market';

export const MarketSchema = z.object({
  price: z.nullable(PriceQuoteSchema),
  network: z.nullable(NetworkQuoteSchema),
  rewards: z.nullable(RewardsQuoteSchema),
  adjustment: z.nullable(AdjustmentQuoteSchema),
  /** USD per unit of currencies beyond the display seven, for prices on pages (daily). */
  pageRates: z.optional(PageRatesSchema),
});
export type Market = z.infer<typeof MarketSchema>;

export const EMPTY_MARKET: Market = { price: null, network: null, rewards: null, adjustment: null };

export function readMarket(raw: unknown): Market {
  const parsed = z.safeParse(MarketSchema, raw);
  return parsed.success ? parsed.data : EMPTY_MARKET;
}
