import type { PriceMatch } from '../../../../lib/detect';

/** One labelled passage. `expect` lists every amount in `text` with the kind a reader would give it. */
export interface CorpusCase {
  name: string;
  text: string;
  context?: string;
  locale?: string;
  spotUsd?: number;
  expect: { text: string; kind: PriceMatch['kind'] }[];
}

export const btc = (text: string) => ({ text, kind: 'btc_price' as const });
export const cost = (text: string) => ({ text, kind: 'btc_cost' as const });
export const other = (text: string) => ({ text, kind: 'other' as const });
