/**
 * Stage 2b of the detector (lib/detect/README.md): a table cell or stat tile holding only a number
 * ("97,816.95") is an amount when its context (column header, row label) names the currency: "BTC/EUR",
 * "Price (USD)", "Value $", "Kurs (Euro/BTC)", "最低价格(美元)".
 */

const BARE_NUMBER = /^\s*[0-9][0-9.,\s'’]*$/;
const CODES = 'USDT|USDC|USD|EUR|GBP|JPY|KRW|INR|BRL|AUD|CAD|CHF|TRY|RUB|CNY';
// Either order: "BTC/EUR" is quoted in euros, and so is "Kurs (EUR/BTC)", euros per coin.
const PAIR = new RegExp(`\\b(?:BTC|XBT)\\s*[/-]\\s*(${CODES})\\b|\\b(${CODES})\\s*/\\s*(?:BTC|XBT)\\b`, 'i');
const CODE = new RegExp(`(?:^|[\\s(（])(${CODES})(?:$|[\\s)）/])`);
// A unit named in words, as headers write it: "Kurs (Euro/BTC)", "最低价格(美元)", "가격(원)", "Price in dollars".
const WORD =
  /(?:^|[\s(（/])(dollars?|dólar(?:es)?|dollari|dolar|euros?|yen|yuan|rupees?|reais|rubles?|roubles?|рубл[а-я]*|доллар[а-я]*|евро|美元|美金|米ドル|ドル|円|欧元|人民币|元|달러|원|유로)(?=$|[\s)）/])/iu;
const WORD_CODE: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  dólar: 'USD',
  dólares: 'USD',
  dollari: 'USD',
  dolar: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  евро: 'EUR',
  欧元: 'EUR',
  유로: 'EUR',
  yen: 'JPY',
  円: 'JPY',
  yuan: 'CNY',
  人民币: 'CNY',
  元: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  reais: 'BRL',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  美元: 'USD',
  美金: 'USD',
  米ドル: 'USD',
  ドル: 'USD',
  달러: 'USD',
  원: 'KRW',
};
const SIGN: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const SIGN_IN_HEADER = /[($€£]\s*\)?\s*$|\(\s*[$€£]\s*\)/;

// Columns of totals, sizes, volumes and changes hold amounts that are no coin's price: an order book's
// "Total (USD)" is price × amount. A header that also names a price or cost stays a price column.
const AMOUNT_COLUMN =
  /^\s*(?:total|totals|sum|volume|vol|amount|qty|quantity|size|change|chg|fee|fees|market cap|gesamt|summe|betrag|menge|umsatz|volumen|montant|quantité|cantidad|importe|monto|quantidade|totale|quantità|importo|totaal|bedrag|hoeveelheid|объ[её]м|сумма|итого|количество|toplam|hacim|miktar|合計|数量|成交量|金额|总额|合计|수량|금액|합계|거래량)(?![\p{L}])/iu;
const PRICE_OR_COST =
  /price|cost|kurs|preis|kosten|prix|coût|precio|costo|preço|custo|prezzo|prijs|kost|цен|стоимост|fiyat|maliyet|価格|价格|가격/i;

/** A quote code as a currency: stablecoins quote US dollars. */
const quoteCode = (code: string): string => code.toUpperCase().replace(/^USD[TC]$/, 'USD');

/**
 * The currency a context gives to bare numbers, or '' when it gives none or names a column of totals,
 * sizes or changes (no price in it). The near parts (heading, column header, row label: all but the
 * closing "title · host") are read in order; a pair anywhere in the context names the quote currency.
 */
export function cellCurrency(context: string | undefined): string {
  if (!context) return '';
  const parts = context.split(' · ');
  const near = parts.length > 2 ? parts.slice(0, -2) : parts.slice(0, 1);
  if (near.some((part) => AMOUNT_COLUMN.test(part) && !PRICE_OR_COST.test(part))) return '';
  const pair = PAIR.exec(context);
  if (pair) return quoteCode(pair[1] ?? pair[2]!);
  for (const part of near) {
    const code = CODE.exec(part);
    if (code) return quoteCode(code[1]!);
    const word = WORD.exec(part);
    if (word) return WORD_CODE[word[1]!.toLowerCase()] ?? (word[1]!.startsWith('рубл') ? 'RUB' : 'USD');
    const sign = SIGN_IN_HEADER.exec(part);
    if (sign) return SIGN[sign[0].replace(/[()\s]/g, '')] ?? '';
  }
  return '';
}

/** `text` when it is a lone number short enough to be a cell. */
export const isBareCell = (text: string): boolean => text.length <= 24 && BARE_NUMBER.test(text);
