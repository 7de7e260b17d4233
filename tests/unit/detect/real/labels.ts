import type { PriceKind } from '../../../../lib/detect';

/**
 * The real-text corpus: passages modelled on real pages (each names its URL), reworded where needed but
 * keeping the page's structure. See README.md in this folder for the labelling rules.
 */

/** Which phenomena a case exercises; the closing report scores each tag separately. */
export type Tag =
  | 'prose' // plain running text that names Bitcoin near the amount
  | 'anaphora' // the amount's sentence does not name Bitcoin ("the coin", "it", headline only)
  | 'label-value' // "Bitcoin: $61,240", stat rows, KPI tiles
  | 'table' // cells with a header / row label
  | 'widget' // exchange and price-page widgets, tickers
  | 'cost' // per-coin mining / production cost
  | 'change' // moves, not levels: "fell by $4,000"
  | 'format' // unusual number formats, suffixes, scale words, words
  | 'forum'; // forum, Q&A, social posts

/** One block of page text, as the overlay reads it: a paragraph, heading, list item or table cell. */
export type Block = string | { text: string; heading?: string; header?: string; row?: string };

export interface Label {
  /** The amount exactly as it stands in the block text, with its currency sign/word/code. */
  text: string;
  kind: PriceKind;
  /** The number in its own currency: '12.400 Dollar' → 12400, '9,500만 원' → 95000000. */
  value?: number;
  /** ISO 4217 code; USD when absent. */
  currency?: string;
}

export interface RealCase {
  /** The real page this passage was modelled on. */
  url: string;
  /** The page's language (BCP 47), passed to the detector as its locale. */
  lang: string;
  tags: Tag[];
  /** The document title (context only, never labelled). */
  title?: string;
  blocks: Block[];
  /** Every currency amount in `blocks`, in reading order. */
  expect: Label[];
}

/** A price of one bitcoin (now, past, forecast, threshold, range end), in any currency. */
export const p = (text: string, value?: number, currency?: string): Label => ({
  text,
  kind: 'btc_price',
  value,
  currency,
});
/** A cost to mine or produce one bitcoin. */
export const c = (text: string, value?: number, currency?: string): Label => ({
  text,
  kind: 'btc_cost',
  value,
  currency,
});
/** Any other amount: changes, other assets, totals, fees, per-share prices. */
export const o = (text: string, value?: number, currency?: string): Label => ({
  text,
  kind: 'other',
  value,
  currency,
});
