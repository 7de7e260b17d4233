import * as z from 'zod/mini';
import { CURRENCIES } from '../settings';
import { getJson, type HttpDeps } from './http';
import { checkAsOf, isPrice, type PartialPrices, parse } from './quotes';

// CoinGecko, last price fallback (docs/domain.md §6): tight per-IP limits, so it is only asked
// when mempool, Coinbase and Kraken all failed.

export const COINGECKO = 'CoinGecko';
const VS = CURRENCIES.map((currency) => currency.toLowerCase()).join(',');
const URL_SIMPLE = `https://api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=${VS}&include_last_updated_at=true`;

const SimpleSchema = z.object({
  bitcoin: z.looseObject({ usd: z.number().check(z.positive()), last_updated_at: z.optional(z.number()) }),
});

export async function fetchCoingeckoPrices(
  http: HttpDeps,
): Promise<{ prices: PartialPrices; asOf?: number }> {
  const data = parse(SimpleSchema, await getJson(http, URL_SIMPLE), 'CoinGecko simple/price');
  const quote: Record<string, unknown> = data.bitcoin;
  const prices: PartialPrices = {};
  for (const currency of CURRENCIES) {
    const value = quote[currency.toLowerCase()];
    if (isPrice(value)) prices[currency] = value;
  }
  const updated = data.bitcoin.last_updated_at;
  return updated ? { prices, asOf: checkAsOf(updated * 1000, http.now(), 'CoinGecko price') } : { prices };
}
