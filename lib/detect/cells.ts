/**
 * Stage 2b of the detector (lib/detect/README.md): a table cell or stat tile holding only a number
 * ("97,816.95") is an amount when its context (column header, row label) names the currency: "BTC/EUR",
 * "Price (USD)", "Value $".
 */

const BARE_NUMBER = /^\s*[0-9][0-9.,\s'’]*$/;
const PAIR = /\b(?:BTC|XBT)\s*[/-]\s*(USDT|USDC|USD|EUR|GBP|JPY|KRW|INR|BRL|AUD|CAD|CHF|TRY)\b/i;
const CODE = /(?:^|[\s(])(USD|EUR|GBP|JPY|KRW|INR|BRL|AUD|CAD|CHF|TRY|RUB|CNY)(?:$|[\s)])/;
const SIGN: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const SIGN_IN_HEADER = /[($€£]\s*\)?\s*$|\(\s*[$€£]\s*\)/;

/** The currency a context gives to bare numbers, or ''. */
export function cellCurrency(context: string | undefined): string {
  if (!context) return '';
  const head = context.split(' · ')[0] ?? '';
  const pair = PAIR.exec(context);
  if (pair) return pair[1]!.toUpperCase().replace(/^USD[TC]$/, 'USD');
  const code = CODE.exec(head);
  if (code) return code[1]!;
  const sign = SIGN_IN_HEADER.exec(head);
  return sign ? (SIGN[sign[0].replace(/[()\s]/g, '')] ?? '') : '';
}

/** `text` when it is a lone number short enough to be a cell. */
export const isBareCell = (text: string): boolean => text.length <= 24 && BARE_NUMBER.test(text);
