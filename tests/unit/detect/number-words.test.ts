import { describe, expect, it } from 'vitest';
import { AMOUNT_HINT } from '../../../lib/detect/amount-hint';
import { findWordAmounts } from '../../../lib/detect/number-words';
import { asciiDigits } from '../../../lib/detect/text';

const words = (text: string) =>
  findWordAmounts(text, text.toLowerCase()).map((a) => [text.slice(a.start, a.end), a.currency, a.value]);

// Round levels written in words, as real pages write them (the corpus cases in tests/unit/detect/real/dev
// that name these forms: it-ilbitcoin-news, nl-rd-nl, fr-letemps-ch, pt-tnh1-com-br, ru-pravda-tv-ru,
// ru-ren-tv, en-dapp-expert).
describe('amounts in words', () => {
  it.each([
    [
      'Il bitcoin a centomila dollari, poi duecentomila euro',
      [
        ['centomila dollari', 'USD', 1e5],
        ['duecentomila euro', 'EUR', 2e5],
      ],
    ],
    [
      'De munt kostte tweeduizend dollar, toen duizend dollar.',
      [
        ['tweeduizend dollar', 'USD', 2000],
        ['duizend dollar', 'USD', 1000],
      ],
    ],
    ['Quarante mille euros pour un bitcoin', [['Quarante mille euros', 'EUR', 40000]]],
    ['Um bitcoin custava dez mil reais', [['dez mil reais', 'BRL', 10000]]],
    ['Биткоин стоил четыреста долларов', [['четыреста долларов', 'USD', 400]]],
    ['за полмиллиона рублей', [['полмиллиона рублей', 'RUB', 5e5]]],
    ['Bitcoin will be worth a million dollars', [['a million dollars', 'USD', 1e6]]],
    ['half a million dollars per coin', [['half a million dollars', 'USD', 5e5]]],
    ['un milione di dollari', [['un milione di dollari', 'USD', 1e6]]],
    ['mil millones de dólares', [['mil millones de dólares', 'USD', 1e9]]],
    ['trois milliards d’euros', [['trois milliards d’euros', 'EUR', 3e9]]],
    ['two hundred thousand US dollars', [['two hundred thousand US dollars', 'USD', 2e5]]],
    ['less than a dollar.', [['a dollar', 'USD', 1]]],
  ])('%s', (text, want) => {
    expect(words(text)).toEqual(want);
  });

  // hu-veol-hu, hu-index-hu, hr-forbes-dnevnik-hr, cs-zive-cz, tr-etikhaber-com, no-dn-no in the dev split:
  // Hungarian glues its number words, the rest put a nation between number and currency or a case ending.
  it.each([
    ['fél éve hatvanötezer dollár volt', [['hatvanötezer dollár', 'USD', 65000]]],
    ['akár négyezer dollárt is', [['négyezer dollárt', 'USD', 4000]]],
    ['doći na pedeset tisuća dolara.', [['pedeset tisuća dolara', 'USD', 50000]]],
    ['vyšplhala přes tisíc dolarů za kus', [['tisíc dolarů', 'USD', 1000]]],
    ['öncesine kadar bin doların altında', [['bin doların', 'USD', 1000]]],
    ['fra åtte tusen norske kroner til', [['åtte tusen norske kroner', 'NOK', 8000]]],
    ['mencapai dua ratus ribu dolar', [['dua ratus ribu dolar', 'USD', 2e5]]],
  ])('%s', (text, want) => {
    expect(words(text)).toEqual(want);
  });

  // ar-libyaakhbar-com.ts and fa-7sobh-com.ts in the dev split: Arabic tens with the article, Persian.
  it.each([
    ['بلغت سقف العشرين ألف دولار أميركي', [['العشرين ألف دولار', 'USD', 20000]]],
    ['قفزت من أقل من ألف دولار', [['ألف دولار', 'USD', 1000]]],
    ['قد تصل إلى نصف مليون دولار', [['نصف مليون دولار', 'USD', 5e5]]],
    ['به یک میلیون دلار خواهد رسید', [['یک میلیون دلار', 'USD', 1e6]]],
  ])('%s', (text, want) => {
    expect(words(text)).toEqual(want);
  });

  // ur-business-link-international-com.ts, ur-javedch-com.ts, hi-lokraag-com.ts, sr-pcpress-rs.ts in the
  // dev split: Urdu and Hindi words with lakhs, crores and their halves and quarters; Serbian "tri".
  it.each([
    ['اس کی قیمت سات لاکھ روپے تک پہنچی', [['سات لاکھ روپے', 'PKR', 7e5]]],
    ['قیمت میں ساڑھے تین لاکھ روپے کا اضافہ', [['ساڑھے تین لاکھ روپے', 'PKR', 3.5e5]]],
    ['بٹ کوائن پانچ ہزار ڈالرز کی حد عبور کر گئی', [['پانچ ہزار ڈالرز', 'USD', 5000]]],
    ['बिटकॉइन ढाई हजार डॉलर से ज्यादा लुढ़क गया', [['ढाई हजार डॉलर', 'USD', 2500]]],
    ['कीमत डेढ़ लाख रुपये', [['डेढ़ लाख रुपये', 'INR', 1.5e5]]],
    ['दो करोड़ पचास लाख रुपये', [['दो करोड़ पचास लाख रुपये', 'INR', 2.5e7]]],
    ['कीमत सवा लाख रुपये', [['सवा लाख रुपये', 'INR', 1.25e5]]],
    ['به بیست هزار دلار رسید', [['بیست هزار دلار', 'USD', 20000]]],
    ['na vrednost od tri hiljade dolara', [['tri hiljade dolara', 'USD', 3000]]],
  ])('%s', (text, want) => {
    expect(words(text)).toEqual(want);
  });

  it('reads no lone lakh or thousand in Hindi or Urdu: a number before it is missing ("कई लाख", "several lakh")', () => {
    expect(words('बिटकॉइन में कई लाख डॉलर लगाए')).toEqual([]);
    expect(words('کئی ہزار ڈالر')).toEqual([]);
    expect(AMOUNT_HINT.test('सात लाख रुपये')).toBe(true);
  });

  it('leaves Arabic amounts in digits to the digit scan, and its punctuation out of a word', () => {
    expect(words('تدفقات بقيمة 1.5 مليار دولار')).toEqual([]);
    expect(words('الإيثريوم، دولار')).toEqual([]);
    // A quoted number before the scale is no "a thousand": "“20” ألف دولار" is not $1,000.
    expect(words('اقترب من “20” ألف دولار يوم الأحد')).toEqual([]);
    expect(AMOUNT_HINT.test('العشرين ألف دولار')).toBe(true);
  });

  it('reads no amount into vague or borrowed words', () => {
    // "Hundreds of thousands": Indonesian writes a thousand "seribu", and "ratusan" is no "ratus" + "an".
    expect(words('bisa mencapai ratusan ribu dolar')).toEqual([]);
    // German "jeden" and "hat", French "en" are no numbers here.
    expect(words('für jeden Dollar, er hat Dollar, payé en dollars')).toEqual([]);
  });

  it('leaves numbers in digits, other words and compound adjectives alone', () => {
    expect(words('worth 1 million dollars')).toEqual([]);
    expect(words('the US dollar index rose')).toEqual([]);
    expect(words('a dollar-cost average')).toEqual([]);
    expect(words('the strong dollar')).toEqual([]);
    // An article before a compound is a preposition: "a centomila" is "at a hundred thousand".
    expect(words('arriva a centomila dollari')).toEqual([['centomila dollari', 'USD', 1e5]]);
  });
});

// The overlay hands the detector only text its amount hint accepts: a digit the detector reads but the
// hint misses leaves a whole script's pages bare (Bengali news in the corpus: bn-ekhon-tv.ts, bn-bijoy-tv.ts).
describe('the amount hint', () => {
  it('accepts every digit the detector reads as ASCII', () => {
    const missed: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/[0-9]/.test(asciiDigits(ch)) && !AMOUNT_HINT.test(ch)) missed.push(`U+${c.toString(16)}`);
    }
    expect(missed).toEqual([]);
    expect(AMOUNT_HINT.test('৬৮ হাজার ডলার')).toBe(true);
  });
});
