import * as z from 'zod/mini';
import { DataError } from '../economics/guards';
import { CURRENCIES } from '../settings';
import { getJson, type HttpDeps } from './http';
import { type PartialPrices, parse } from './quotes';

// Kraken, second price fallback (docs/domain.md §6). Result keys are not the requested pairs
// (XBTUSD → XXBTZUSD, XBTCHF → XBTCHF), so each is matched by its currency suffix.

export const KRAKEN = 'Kraken';
const PAIRS = CURRENCIES.map((currency) => `XBT${currency}`).join(',');
const URL_TICKER = `https://api.kraken.com/0/public/Ticker?pair=${PAIRS}`;

const TickerSchema = z.object({
  error: z.array(z.string()),
  result: z.optional(z.record(z.string(), z.object({ c: z.tuple([z.string(), z.string()]) }))),
});

export async function fetchKrakenPrices(http: HttpDeps): Promise<PartialPrices> {
  const data = parse(TickerSchema, await getJson(http, URL_TICKER), 'Kraken ticker');
  if (data.error.length) throw new DataError(`Kraken: ${data.error.join('; ')}`);
  const entries = Object.entries(data.result ?? {});
  const prices: PartialPrices = {};
  for (const currency of CURRENCIES) {
    const match =
      entries.find(([key]) => key.endsWith(currency)) ?? (currency === 'USD' ? entries[0] : undefined);
    const last = match ? Number(match[1].c[0]) : Number.NaN;
    if (Number.isFinite(last) && last > 0) prices[currency] = last;
  }
  return prices;
}
