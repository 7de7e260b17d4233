/**
 * The words that can put a Bitcoin price on a page, in every script the detector reads: its names
 * (lib/detect/lexicon.ts, category C_BTC, kept in step by tests/unit/gate/bitcoin-text.test.ts),
 * tickers (BTC, XBT, pairs like BTCUSDT) and the ₿ sign. A loose test on purpose: a false "yes" only
 * loads the overlay, which then finds nothing; a false "no" loses the page's badges.
 */
export const BITCOIN_TEXT =
  /bitc[oó]in|bitkoin|btc|xbt|₿|би[тк]ко[иі]н|биткойн|бітко[їйі]н|बिटक|ビットコイン|比特[币幣]|비트코인|大饼|بيتكوين|بتكوين|ביטקוין|บิ[ตท]คอยน์|บีทีซี|μπιτκ[οό][ιϊί]ν|بیت.?کوین|বিটকয়েন|بٹ.?کوائن/i;

/**
 * Whether `text` could hold a Bitcoin price (it names Bitcoin).
 * @example mentionsBitcoin('BTC/USD 70,123') // true
 */
export const mentionsBitcoin = (text: string): boolean => BITCOIN_TEXT.test(text);
