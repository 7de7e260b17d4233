import * as z from 'zod/mini';
import { CURRENCIES } from '../settings';
import { getJson, type HttpDeps } from './http';
import { isPrice, type PartialPrices, parse } from './quotes';

// Coinbase, first price fallback (docs/domain.md §6). One call gives every currency: the
// exchange-rates endpoint quotes 1 BTC in each, as decimal strings.

export const COINBASE = 'Coinbase';
export const URL_RATES = 'https://api.coinbase.com/v2/exchange-rates?currency=BTC';

const decimal = z.string().check(z.regex(/^\d+(\.\d+)?$/));
/** A quote of the exchange-rates answer as a number, NaN when it is no plain decimal. */
export const readQuote = (value: string | undefined): number =>
  z.safeParse(decimal, value).success ? Number(value) : Number.NaN;
export const RatesSchema = z.object({
  data: z.object({ currency: z.literal('BTC'), rates: z.record(z.string(), z.string()) }),
});

export async function fetchCoinbasePrices(http: HttpDeps): Promise<PartialPrices> {
  const data = parse(RatesSchema, await getJson(http, URL_RATES), 'Coinbase exchange-rates');
  const prices: PartialPrices = {};
  for (const currency of CURRENCIES) {
    const price = readQuote(data.data.rates[currency]);
    if (isPrice(price)) prices[currency] = price; // 400 digits parse as Infinity
  }
  return prices;
}
