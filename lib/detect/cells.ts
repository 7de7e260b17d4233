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

// Columns of totals, sizes, volumes and changes hold amounts that are no coin's price: an order book's
// "Total (USD)" is price × amount. A header that also names a price or cost stays a price column.
const AMOUNT_COLUMN =
  /^\s*(?:total|totals|sum|volume|vol|amount|qty|quantity|size|change|chg|fee|fees|market cap|gesamt|summe|betrag|menge|umsatz|volumen|montant|quantité|cantidad|importe|monto|quantidade|totale|quantità|importo|totaal|bedrag|hoeveelheid|объ[её]м|сумма|итого|количество|toplam|hacim|miktar|合計|数量|成交量|金额|总额|合计|수량|금액|합계|거래량)(?![\p{L}])/iu;
const PRICE_OR_COST =
  /price|cost|kurs|preis|kosten|prix|coût|precio|costo|preço|custo|prezzo|prijs|kost|цен|стоимост|fiyat|maliyet|価格|价格|가격/i;

/**
 * The currency a context gives to bare numbers, or '' when it gives none or names a column of totals,
 * sizes or changes (no price in it).
 */
export function cellCurrency(context: string | undefined): string {
  if (!context) return '';
  const head = context.split(' · ')[0] ?? '';
  if (AMOUNT_COLUMN.test(head) && !PRICE_OR_COST.test(head)) return '';
  const pair = PAIR.exec(context);
  if (pair) return pair[1]!.toUpperCase().replace(/^USD[TC]$/, 'USD');
  const code = CODE.exec(head);
  if (code) return code[1]!;
  const sign = SIGN_IN_HEADER.exec(head);
  return sign ? (SIGN[sign[0].replace(/[()\s]/g, '')] ?? '') : '';
}

/** `text` when it is a lone number short enough to be a cell. */
export const isBareCell = (text: string): boolean => text.length <= 24 && BARE_NUMBER.test(text);
