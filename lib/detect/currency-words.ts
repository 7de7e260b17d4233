/** Currency words and codes met before and after amounts (currencies.ts reads them), and rough rates. */

import { table as noProtoTable } from './text';

/** Currency words written before the number: 新台幣188.6萬元. */
export const CJK_PREFIX: [string, string][] = [
  ['新台幣', 'TWD'],
  ['新台币', 'TWD'],
  ['台幣', 'TWD'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
];

/** Currency words glued to the number (or after one space) in Japanese, Chinese and Korean. */
export const CJK_SUFFIX: [string, string][] = [
  ['米ドル', 'USD'],
  ['ドル', 'USD'],
  ['円', 'JPY'],
  ['ユーロ', 'EUR'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['日元', 'JPY'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['韩元', 'KRW'],
  ['韓元', 'KRW'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['元', 'CNY'],
  ['달러', 'USD'],
  // "49,500鎂": 鎂 (from 美金) is the dollar in Taiwanese headlines (dev: zh-bitget-org.ts).
  ['鎂', 'USD'],
  // "2만1000불": 불 (弗) is the dollar in Korean headlines (dev: ko-blockinpress-com.ts).
  ['불', 'USD'],
  ['유로', 'EUR'],
  ['파운드', 'GBP'],
  ['위안', 'CNY'],
  ['루블', 'RUB'],
  ['원', 'KRW'],
  ['엔', 'JPY'],
];

/** Cents after a number: US cents unless the word names another currency's. */
export const CENTS: Record<string, string> = noProtoTable({
  cent: 'USD',
  cents: 'USD',
  dollarcent: 'USD',
  dollarcents: 'USD',
  centimes: 'EUR',
  eurocent: 'EUR',
  eurocents: 'EUR',
  पैसे: 'INR',
  центів: 'USD',
  cenți: 'USD',
  centi: 'USD',
  centů: 'USD',
  centy: 'USD',
});
export const CJK_CENTS: [string, string][] = [
  ['美分', 'USD'],
  ['美仙', 'USD'],
  ['센트', 'USD'],
];

export const PESO_CODES = new Set(['ARS', 'COP', 'MXN', 'CLP', 'UYU']);

export const DOLLAR_COUNTRY: Record<string, string> = noProtoTable({
  us: 'USD',
  // "37.856 ABD Doları": Amerika Birleşik Devletleri (dev: tr-gate-io.ts).
  abd: 'USD',
  american: 'USD',
  canadian: 'CAD',
  australian: 'AUD',
  singapore: 'SGD',
  taiwan: 'TWD',
  namibian: 'NAD',
  usa: 'USD',
  amerikanske: 'USD',
  amerikanska: 'USD',
  amerikansk: 'USD',
  amerických: 'USD',
  americký: 'USD',
  // "19.800 američkih dolara", "20.700 ameriških dolarjih", "америчка долара", "amerikai dollár".
  američkih: 'USD',
  američka: 'USD',
  američki: 'USD',
  ameriških: 'USD',
  америчких: 'USD',
  америчка: 'USD',
  amerikai: 'USD',
  американски: 'USD',
});

/** "American" or "Indian" before the currency word: अमरीकी डॉलर, भारतीय रुपये. */
export const NATIONALITY = /^(अमरीकी|अमेरिकी|भारतीय) /;

/** Rough USD rates, only for plausibility when the caller gives none; never reported. */
export const ROUGH_USD: Record<string, number> = noProtoTable(
  Object.fromEntries(
    (
      'USD 1 EUR 1.08 GBP 1.27 JPY 0.0066 INR 0.012 BRL 0.19 CHF 1.12 CAD 0.73 AUD 0.66 CNY 0.14 KRW 0.00073 ' +
      'HKD 0.13 SGD 0.74 NZD 0.6 MXN 0.055 RUB 0.011 TRY 0.029 PLN 0.25 IDR 0.000062 ARS 0.001 COP 0.00025 ' +
      'TWD 0.031 NAD 0.055 UAH 0.024 NGN 0.00065 PHP 0.017 ZAR 0.055 CLP 0.001 PEN 0.27 VND 0.00004 ILS 0.27 ' +
      'SEK 0.095 NOK 0.093 DKK 0.145 CZK 0.043 RON 0.22 THB 0.028 IRR 0.000001 SAR 0.27 AED 0.27 EGP 0.02 ' +
      'HUF 0.0027 BGN 0.55 RSD 0.0093 HRK 0.14 MYR 0.21 BDT 0.0083 PKR 0.0036'
    )
      .split(/ (?=[A-Z])/)
      .map((p) => [p.slice(0, 3), Number(p.slice(4))]),
  ),
);
