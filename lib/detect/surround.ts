/** What every amount of one detectPrices call shares (index.ts builds it; features.ts reads it). */

import type { Verdict } from './walks';

/** Bit `cat` of a set of keyword categories (catBits in sentence.ts), as 0 or 1. */
export const has = (bits: number, cat: number): number => (bits >> cat) & 1;

/** What the whole call shares: the context's and the block's keyword categories, the block's length. */
export interface Surround {
  topic: Verdict;
  /** Categories in the heading, column header and row label; in the title and host. */
  ctx: number;
  page: number;
  block: number;
  length: number;
  /** The text holds digits a year feature looks for (YEAR_DIGITS in sentence.ts). */
  years: boolean;
  /** A row or tile label is a quantity of coins other than one ("0.5 BTC"): its cells are that many coins' worth. */
  quantityLabel: boolean;
  /** The years the context (title, headings) and the URL path name (`yearsIn` bits): the page's date, roughly. */
  pageYears: number;
  /** The text names a year from 2010 to 2029 (ANY_YEAR in year-prices.ts). */
  anyYear: boolean;
  /** The first such year the context or, failing that, the URL path names (0: none). */
  pageYear: number;
}
