import * as z from 'zod/mini';
import { RatesSchema, readQuote, URL_RATES } from './coinbase';
import { getJson, type HttpDeps } from './http';
import { parse } from './quotes';

// USD per unit of the currencies pages write Bitcoin prices in beyond the seven display currencies
// (won, yuan, rupee, real, rouble, lira …): without a rate the overlay cannot place such a price
// against cost (docs/detector-passes.md: 8.7 % of the corpus's prices). One daily request to the endpoint
// coinbase.ts reads prices from: it quotes 1 BTC in every currency.

export const PAGE_CURRENCIES = (
  'KRW CNY INR BRL RUB TRY MXN ARS PLN IDR HKD SGD TWD ZAR NGN PHP PKR NZD SEK NOK DKK CZK HUF ' +
  'THB VND MYR UAH ILS COP CLP AED SAR RON EGP BGN RSD BDT'
).split(' ');

export const PageRatesSchema = z.object({
  usdPer: z.record(z.string(), z.number().check(z.positive())),
  fetchedAt: z.number(),
});
export type PageRates = z.infer<typeof PageRatesSchema>;

/** USD per unit, from the price of one bitcoin in USD and in each currency; odd quotes are dropped. */
export async function fetchPageRates(http: HttpDeps): Promise<PageRates> {
  const { rates } = parse(RatesSchema, await getJson(http, URL_RATES), 'Coinbase exchange-rates').data;
  return { usdPer: usdPerUnit(rates), fetchedAt: http.now() };
}

/**
 * USD per unit of each page currency, from Coinbase's price of one bitcoin in each (its exchange-rates
 * answer's `data.rates`); odd quotes are dropped.
 * @example usdPerUnit({ USD: '70000', KRW: '95900000' }) // { KRW: 0.00073 }
 */
export function usdPerUnit(rates: Record<string, string>): Record<string, number> {
  const usd = readQuote(rates.USD);
  if (!(usd > 0 && Number.isFinite(usd))) throw new Error('Coinbase exchange-rates: no USD quote');
  const usdPer: Record<string, number> = {};
  for (const code of PAGE_CURRENCIES) {
    const rate = usd / readQuote(rates[code]);
    // A unit worth more than $10 or less than a ten-millionth of a cent is a broken quote.
    if (Number.isFinite(rate) && rate > 1e-9 && rate < 10) usdPer[code] = rate;
  }
  return usdPer;
}
