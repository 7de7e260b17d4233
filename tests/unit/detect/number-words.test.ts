import { describe, expect, it } from 'vitest';
import { findWordAmounts } from '../../../lib/detect/number-words';

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

  it('leaves numbers in digits, other words and compound adjectives alone', () => {
    expect(words('worth 1 million dollars')).toEqual([]);
    expect(words('the US dollar index rose')).toEqual([]);
    expect(words('a dollar-cost average')).toEqual([]);
    expect(words('the strong dollar')).toEqual([]);
    // An article before a compound is a preposition: "a centomila" is "at a hundred thousand".
    expect(words('arriva a centomila dollari')).toEqual([['centomila dollari', 'USD', 1e5]]);
  });
});
