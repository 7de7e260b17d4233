/**
 * A venue adapter: on an exchange or price site, which elements hold the pair's headline and last
 * price (numbers there often carry no currency sign), and which regions (order books, trade lists)
 * must not get badges on every row.
 */
export interface VenueAdapter {
  id: string;
  /** The site's name as a domain label: "binance" matches binance.com, www.binance.us, binance.test. */
  site: string;
  /** Pages of the site the adapter applies to. */
  path: RegExp;
  /** Selector for the headline price elements. */
  headline: string;
  /** Selector for regions never scanned (order books, trade history, depth charts). */
  exclude: string;
  /** Quote currency when neither the URL nor the title names one. */
  defaultQuote: string;
}
