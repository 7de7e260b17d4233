// Helpers for tests that ask about one amount in a sentence: its kind as the detector reads it, and where
// it sits, as the rule functions (move-asian.ts, sums.ts) take it.
import { detectPrices } from '../../../lib/detect';

/** The kind of the first match whose text starts with `amount`, at a spot of $70,000; undefined if none. */
export const kindOf = (text: string, amount: string, locale: string) =>
  detectPrices(text, { locale, spotUsd: 70000 }).find((m) => m.text.startsWith(amount))?.kind;

/** `text` with the start and end of the first `amount` in it. */
export const at = (text: string, amount: string) => {
  const start = text.indexOf(amount);
  return [text, start, start + amount.length] as const;
};
