import { describe, expect, it } from 'vitest';
import { detectPrices } from '../../../lib/detect';

// Bare levels (labelling rule: tests/unit/detect/real/README.md) in the forms of the twenty-ninth pass:
// the amount's span, currency and value, whatever its kind.
const read = (text: string, locale?: string, context?: string) =>
  detectPrices(text, { locale, context }).map((m) => [m.text, m.currency, m.value]);

describe('bare levels in lists, after level nouns and before level words', () => {
  it('gives a list of bare levels the currency of its marked last end across "even" or "finally"', () => {
    // Dev: no-resett-no.ts, hu-kriptotarca-hu.ts.
    expect(read('Bitcoin steg. Prisen klatret til 30.000, 50.000 og til slutt 65.000 dollar.', 'no')).toEqual(
      [
        ['30.000', 'USD', 30000],
        ['50.000', 'USD', 50000],
        ['65.000 dollar', 'USD', 65000],
      ],
    );
    expect(read('A bitcoin esik. Miért a 70 000, 50 000 vagy akár 100 000 dolláros szint?', 'hu')).toEqual([
      ['70 000', 'USD', 70000],
      ['50 000', 'USD', 50000],
      ['100 000 dolláros', 'USD', 100000],
    ]);
    // Not across another word, nor when the sizes differ.
    expect(read('Bitcoin steg. Prisen nådde 30.000 og deretter 65.000 dollar.', 'no')).toEqual([
      ['65.000 dollar', 'USD', 65000],
    ]);
    expect(read('Bitcoin steg. Prisen nådde 300 og til slutt 65.000 dollar.', 'no')).toEqual([
      ['65.000 dollar', 'USD', 65000],
    ]);
  });

  it('reads a bare number after a level noun in more languages, after a colon or a level adjective', () => {
    // Dev: id-kript-id.ts, fa-tahlilfx-com.ts, pl-pl-tradingview-com.ts, it-smartcityexhibition-it.ts.
    expect(read('Bitcoin mungkin terkoreksi ke kisaran 70.000-75.000 pekan ini.', 'id')).toEqual([
      ['70.000', 'USD', 70000],
      ['75.000', 'USD', 75000],
    ]);
    expect(read('بیت کوین در صورت شکسته شدن سطح حمایت ۱۱۱۱۳ سیگنال فروش می دهد', 'fa')).toEqual([
      ['۱۱۱۱۳', 'USD', 11113],
    ]);
    expect(read('Bitcoin. Wsparcia:  80673 – 83500', 'pl')).toEqual([
      ['80673', 'USD', 80673],
      ['83500', 'USD', 83500],
    ]);
    expect(read('Bitcoin buca la soglia psicologica dei 4000 contro il dollaro.', 'it')).toEqual([
      ['4000', 'USD', 4000],
    ]);
    // A long word that qualifies nothing still keeps the number apart from the noun.
    expect(read('Bitcoin: il livello raggiungibile entro 4000 giorni.', 'it')).toEqual([]);
  });

  it('reads a bare number the level word after it names, in a sentence naming Bitcoin', () => {
    // Dev: tr-insights-glassnode-com.ts.
    expect(read('Bitcoin piyasası, 76.000 ile 87.000 aralığında konsolide oluyor.', 'tr')).toEqual([
      ['76.000', 'USD', 76000],
      ['87.000', 'USD', 87000],
    ]);
    expect(read('Bitcoin piyasası, 76.000 kullanıcıya ulaştı.', 'tr')).toEqual([]);
    expect(read('Altın, 2.400 seviyesine düştü.', 'tr')).toEqual([]);
  });

  it('counts "the cryptocurrency" as the coin before a bare level once the passage names Bitcoin', () => {
    // Dev: en-theafrica-co-za.ts (the name only in the headline).
    const context = 'Bitcoin plummets below 90,000';
    expect(read('The cryptocurrency slid 5% to 86,627 on Friday.', 'en', context)).toEqual([
      ['86,627', 'USD', 86627],
    ]);
    expect(read('The cryptocurrency slid 5% to 86,627 on Friday.', 'en', 'Stocks wrap')).toEqual([]);
  });
});
