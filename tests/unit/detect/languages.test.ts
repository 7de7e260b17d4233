import { describe, expect, it } from 'vitest';
import { detectPrices } from '../../../lib/detect';
import { scanKeywords } from '../../../lib/detect/keywords';
import { lowerSameLength } from '../../../lib/detect/text';
import { C_BTC, C_CHANGE_VERB, C_OTHER } from '../../../lib/detect/types';

// Ukrainian, Romanian, Greek, Vietnamese, Thai, Czech, Swedish, Norwegian, Danish, Arabic, Persian, Hebrew,
// Hungarian, Finnish, Slovak, Croatian, Serbian, Bulgarian, Malay, Bengali and Urdu as their pages write
// amounts and name Bitcoin. Each case keeps the structure of a dev page of
// the real-text corpus (tests/unit/detect/real/dev, named beside it); the words are ours.
const read = (text: string, locale?: string) =>
  detectPrices(text, { locale }).map((m) => [m.text, m.currency, m.value]);

describe('amounts in more languages', () => {
  it.each([
    // uk-finance-liga-net.ts: the genitive plural, and "тис." for thousands.
    ['Біткоїн опустився нижче 80 000 доларів.', 'uk', ['80 000 доларів', 'USD', 80000]],
    ['Курс біткоїна впав до 60 тис. доларів', 'uk', ['60 тис. доларів', 'USD', 60000]],
    // ro-antena3-ro.ts: Romanian puts "de" before the currency, and before the scale too.
    ['Bitcoin a urcat la 65.000 de dolari.', 'ro', ['65.000 de dolari', 'USD', 65000]],
    ['o capitalizare de 200 de miliarde de dolari', 'ro', ['200 de miliarde de dolari', 'USD', 2e11]],
    // el-insider-gr.ts: "χιλ." abbreviates thousands.
    ['Το Bitcoin στα 126 χιλ. δολάρια', 'el', ['126 χιλ. δολάρια', 'USD', 126000]],
    // vi-vietnamnet-vn.ts, vi-viendongdaily-com.ts: two-word dollars, dots grouping, a trillion as a
    // thousand billions, "đ" glued to the number.
    ['Giá bitcoin còn 64.200 đô la.', 'vi', ['64.200 đô la', 'USD', 64200]],
    ['người đã mua khi nó có giá $12 Mỹ kim', 'vi', ['$12 Mỹ kim', 'USD', 12]],
    ['vốn hóa 1,1 nghìn tỷ USD', 'vi', ['1,1 nghìn tỷ USD', 'USD', 1.1e12]],
    ['máy đào giá 37.000.000đ', 'vi', ['37.000.000đ', 'VND', 37e6]],
    // th-mgronline-com.ts: Thai glues the currency to the number's scale word, and words to both.
    ['ราคาบิตคอยน์แตะ 65,000 ดอลลาร์ก็จริง', 'th', ['65,000 ดอลลาร์', 'USD', 65000]],
    ['บิตคอยน์ราคา 2.2 ล้านบาท', 'th', ['2.2 ล้านบาท', 'THB', 2.2e6]],
    ['มูลค่าตลาด 2.5 ล้านล้านดอลลาร์', 'th', ['2.5 ล้านล้านดอลลาร์', 'USD', 2.5e12]],
    // cs-patria-cz.ts: "milionu" (genitive) and "Kč".
    ['tedy asi 8,6 milionu Kč', 'cs', ['8,6 milionu Kč', 'CZK', 8.6e6]],
    // sv-nyheter24-se.ts, no-dn-no.ts, da-sn-dk.ts: "kr"/"kroner" is the crown of the page's language.
    ['Bitcoin kostar nu 650 000 kr.', 'sv', ['650 000 kr.', 'SEK', 650000]],
    ['Nå er en bitcoin verd 100.000 kroner', 'no', ['100.000 kroner', 'NOK', 100000]],
    ['En bitcoin kostede 5.979 kroner', 'da', ['5.979 kroner', 'DKK', 5979]],
    ['kursen kring 8 000 USA-dollar', 'sv', ['8 000 USA-dollar', 'USD', 8000]],
    // ar-ar-icotokenfund-com.ts: the Arabic comma between digits groups them.
    ['تكلفة تعدين البيتكوين 3،224 دولارًا', 'ar', ['3،224 دولارًا', 'USD', 3224]],
    // fa-8barg-com.ts: Persian digits and "هزار"; a toman is ten rials.
    ['قیمت بیت‌کوین به ۶۵ هزار دلار رسید', 'fa', ['۶۵ هزار دلار', 'USD', 65000]],
    ['بیت کوین ۶ میلیارد تومان', 'fa', ['۶ میلیارد تومان', 'IRR', 6e10]],
    // he-globes-co-il.ts: a shekel abbreviation with a quote mark inside.
    ['הביטקוין נקנה ב 2000 ש"ח', 'he', ['2000 ש"ח', 'ILS', 2000]],
    // hu-portfolio-hu.ts, hu-index-hu.ts: "ezer" for thousands, the currency word's case endings.
    ['A bitcoin árfolyama 65 ezer dollár felett', 'hu', ['65 ezer dollár', 'USD', 65000]],
    ['a bitcoin 30 000 dollárra esett', 'hu', ['30 000 dollárra', 'USD', 30000]],
    ['egy bitcoin 20 millió forintot ért', 'hu', ['20 millió forintot', 'HUF', 2e7]],
    // fi-hs-fi.ts: Finnish cases on the currency word.
    ['Bitcoinin hinta nousi 65 000 dollariin', 'fi', ['65 000 dollariin', 'USD', 65000]],
    // sk-webnoviny-sk.ts, hr-bug-hr.ts: an adjective may stand between number and currency.
    ['Cena bitcoinu je 65 000 dolárov', 'sk', ['65 000 dolárov', 'USD', 65000]],
    ['Bitcoin je pao na 19.800 američkih dolara', 'hr', ['19.800 američkih dolara', 'USD', 19800]],
    ['Биткоин је 65.432 америчка долара', 'sr', ['65.432 америчка долара', 'USD', 65432]],
    // bg-investor-bg.ts: Bulgarian abbreviates thousands.
    ['Цената на биткойн достигна 66 хил. долара', 'bg', ['66 хил. долара', 'USD', 66000]],
    // ms-sinarharian-com-my.ts: "RM" glued before the number; Malay "bilion" is a thousand million.
    ['Harga bitcoin kini RM300,000', 'ms', ['RM300,000', 'MYR', 300000]],
    ['pasaran bernilai RM1.2 bilion', 'ms', ['RM1.2 bilion', 'MYR', 1.2e9]],
    // bn-ekhon-tv.ts, ur-javedch-com.ts: Bengali digits; the hundreds after the thousands.
    ['বিটকয়েনের দাম ৬৮ হাজার ১৬১ ডলারে নেমে আসে', 'bn', ['৬৮ হাজার ১৬১ ডলারে', 'USD', 68161]],
    ['بٹ کوائن کی قیمت 63ہزار ڈالرز', 'ur', ['63ہزار ڈالرز', 'USD', 63000]],
    // ur-javedch-com.ts, bn-bijoy-tv.ts: "American dollars", "Pakistani rupees" after the scale word.
    ['بٹ کوائن کی قیمت 62 ہزار امریکی ڈالر ہو گئی', 'ur', ['62 ہزار امریکی ڈالر', 'USD', 62000]],
    ['ایک بٹ کوائن 17 لاکھ پاکستانی روپے کا', 'ur', ['17 لاکھ پاکستانی روپے', 'PKR', 1.7e6]],
    ['বিটকয়েনের দাম ২৮ হাজার মার্কিন ডলার', 'bn', ['২৮ হাজার মার্কিন ডলার', 'USD', 28000]],
    // fi-tivi-fi.ts, sl-siol-net.ts: the euro in Finnish and Slovenian cases.
    ['Bitcoinin arvo kävi yli 54 000 eurossa', 'fi', ['54 000 eurossa', 'EUR', 54000]],
    ['bitcoin kotira pri okrog 17.000 evrih', 'sl', ['17.000 evrih', 'EUR', 17000]],
    // tr-dunya-com.ts, pl-biznes-wprost-pl.ts, de-xn--bitcoin-fr-anfnger-ytb88b-de.ts: a range's near end
    // written like the far one, after a hedge, or after "auf".
    ['Bitcoin 66 bin 400-67 bin 800 dolar bandına yerleşti', 'tr', ['66 bin 400', 'USD', 66400]],
    ['bitcoin spadła z 28 do zaledwie 25 tys. dolarów', 'pl', ['28', 'USD', 28000]],
    ['der Bitcoin-Kurs würde von 99 auf 100 Euro/BTC steigen', 'de', ['99', 'EUR', 99]],
    // ru-choise-media.ts, ru-mmgp-com.ts: a marked near end under the far end's scale; Russian hundreds
    // after the thousands.
    // hr-monitor-hr.ts, hu-index-hu.ts: "and" between the ends, the far end's scale word over both.
    ['vrijednost bitcoina mogla bi biti između 100.000 i 120.000 dolara', 'hr', ['100.000', 'USD', 100000]],
    ['a bitcoin ára 50 és 100 ezer dollár között lehet', 'hu', ['50', 'USD', 50000]],
    ['долгосрочная цель биткоина в $1,2–1,5 млн к 2035 году', 'ru', ['$1,2', 'USD', 1.2e6]],
    ['долгосрочная цель биткоина в $1,2–1,5 млн к 2035 году', 'ru', ['1,5 млн', 'USD', 1.5e6]],
    ['курс биткоина вырастет до 3 тысяч 500 долларов', 'ru', ['3 тысяч 500 долларов', 'USD', 3500]],
  ])('%s (%s)', (text, locale, want) => {
    expect(read(text, locale)).toContainEqual(want);
  });

  it('reads "kr" as no currency when the page says no Nordic language', () => {
    expect(read('Bitcoin 650 000 kr.', 'en')).toEqual([]);
  });

  it('counts coins, not dong, in "đồng Bitcoin" (vi-tenovi-net.ts)', () => {
    const found = read('Chỉ có 21 triệu đồng Bitcoin, giá 1,9 tỷ đồng', 'vi');
    expect(found).toEqual([['1,9 tỷ đồng', 'VND', 1.9e9]]);
  });

  it('takes the scale of a range’s far end over a range word (fa-sokannews-ir.ts, sv-xn--kpabitcoin-ecb-io.ts)', () => {
    expect(read('مقاومت بیت کوین در محدوده ۱۰۸ تا ۱۱۰ هزار دلار', 'fa')).toContainEqual([
      '۱۰۸',
      'USD',
      108000,
    ]);
    expect(read('Bitcoin låg mellan 32 och 35 tusen dollar', 'sv')).toContainEqual(['32', 'USD', 32000]);
  });

  it('knows Bengali "has risen" before a move, and ether in Bengali, Urdu and Hindi (bn-bijoy-tv.ts, bn-newzgator-com.ts)', () => {
    const cats = (text: string) => {
      const ev = scanKeywords(text, lowerSameLength(text));
      return Array.from(ev.cat.subarray(0, ev.n));
    };
    expect(cats('দাম বেড়েছে')).toContain(C_CHANGE_VERB);
    expect(cats('দাম কমেছে')).toContain(C_CHANGE_VERB);
    for (const ether of ['ইথারের দাম', 'ایتھریم کی قیمت', 'इथेरियम की कीमत'])
      expect(cats(ether), ether).toContain(C_OTHER);
  });

  it('reads a hyphen after a Hebrew prefix letter as no minus sign (he-globes-co-il.ts)', () => {
    const [m] = detectPrices('הביטקוין עלה ל-65,000 דולר', { locale: 'he' });
    expect(m?.text).toBe('65,000 דולר');
    expect(m?.value).toBe(65000);
  });
});

describe('Bitcoin named in more scripts', () => {
  const names = (text: string) => {
    const lower = lowerSameLength(text);
    const ev = scanKeywords(text, lower);
    const out: string[] = [];
    for (let e = 0; e < ev.n; e++) if (ev.cat[e] === C_BTC) out.push(text.slice(ev.pos[e], ev.end[e]));
    return out;
  };

  it.each([
    ['Біткойни подорожчали', 'Біткойни'],
    // With "і" for "ї", as pages often type it (uk-gordonua-com.ts).
    ['біткоін подорожчав', 'біткоін'],
    ['Το μπιτκόιν ανέβηκε', 'μπιτκόιν'],
    // Thai writes no spaces: the name is found inside the run (th-siamblockchain-com.ts).
    ['ราคาบิทคอยน์ล่าสุด', 'บิทคอยน์'],
    // Persian writes the name in two parts, with a space or a zero-width non-joiner (fa-8barg-com.ts).
    ['قیمت بیت‌کوین امروز', 'بیت‌کوین'],
    ['قیمت بیت کوین امروز', 'بیت کوین'],
    // Hebrew glues its prefixes to the word (he-maariv-co-il.ts).
    ['מחיר הביטקוין עלה', 'הביטקוין'],
    // Urdu writes it in two parts, as Persian does (ur-urdu-samaa-tv.ts).
    ['بٹ کوائن کی قیمت', 'بٹ کوائن'],
    ['বিটকয়েনের দাম বেড়েছে', 'বিটকয়েনের'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
