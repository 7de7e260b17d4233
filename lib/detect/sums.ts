/**
 * "I bought £10,000 worth of bitcoin", "cashing in £15,000 worth": an amount followed by "worth" is a
 * sum spent or held, never the price of one coin ("bitcoin worth $20" puts the word before it).
 * Labelling rule: tests/unit/detect/real/README.md, purchases are "other".
 */

const WORTH_AFTER = /^[\s\u00a0]+worth\b/i;

/**
 * Whether "worth" follows the amount ending at `end`.
 * @example isSumWorth('I bought £10,000 worth of bitcoin.', 16) // true
 */
export const isSumWorth = (s: string, end: number): boolean =>
  (s[end + 1] === 'w' || s[end + 1] === 'W') && WORTH_AFTER.test(s.slice(end, end + 8));
