import { describe, expect, it } from 'vitest';
import { isMinusWord } from '../../../lib/detect/move-size';
import { isAllowance, isSumWorth } from '../../../lib/detect/sums';
import { at, kindOf } from './amount-at';

describe('"worth" after an amount', () => {
  it('makes it a sum spent or held (dev: en-dailymail-co-uk.ts)', () => {
    const [bought, , boughtEnd] = at(
      "I bought £10,000 worth of bitcoin in late 2020 and it's gone up.",
      '£10,000',
    );
    expect(isSumWorth(bought, boughtEnd)).toBe(true);
    const [sum, , sumEnd] = at(
      'Selling half, you are cashing in £15,000 worth. That is more than the allowance.',
      '£15,000',
    );
    expect(isSumWorth(sum, sumEnd)).toBe(true);
  });

  it('leaves "worth" before an amount, the price of one coin, alone', () => {
    const [text, , end] = at('One bitcoin is worth $70,000 today.', '$70,000');
    expect(isSumWorth(text, end)).toBe(false);
  });
});

describe('what a stake came to', () => {
  // Dev: en-dailymail-co-uk.ts, en-thenextweb-com.ts, fi-tivi-fi.ts; read by the whole detector, whose
  // definitions step runs isStakeWorth (sums.ts) before the model.
  it('is a sum, not a price: a stake named before it in its sentence and "worth" at it', () => {
    const text = 'My initial £10,000 investment is now worth about £30,000 and I am thinking about selling.';
    expect(kindOf(text, '£30,000', 'en')).toBe('other');
    expect(kindOf('Today those coins would be worth $182,275.', '$182,275', 'en')).toBe('other');
    expect(
      kindOf('Silloinen tonnin sijoitus olisi nyt noin 8000 dollarin arvoinen.', '8000 dollarin', 'fi'),
    ).toBe('other');
  });

  it('leaves the price of one coin a price: no stake, a price noun between, or "worth" far from it', () => {
    expect(kindOf('One bitcoin is now worth about $70,000.', '$70,000', 'en')).toBe('btc_price');
    expect(
      kindOf(
        'Your $100 investment would be worth more when the value of a Bitcoin is $43,741.',
        '$43,741',
        'en',
      ),
    ).toBe('btc_price');
    expect(
      kindOf(
        'Investing in Bitcoin: its worth has doubled since spring and it is now trading at $70,000.',
        '$70,000',
        'en',
      ),
    ).toBe('btc_price');
  });
});

describe('"in bitcoin" after an amount', () => {
  it('makes it a sum put into the coin (dev: nl-mnlk-info.ts, es-criptonoticias-com.ts)', () => {
    expect(kindOf('Stopte je in 2010 $100 in bitcoin, dan had je nu een fortuin.', '$100', 'nl')).toBe(
      'other',
    );
    const [text, , end] = at(
      'Er investierte 5.000 Euro in Bitcoin, als der Kurs bei 3.000 Euro lag.',
      '5.000 Euro',
    );
    expect(isSumWorth(text, end)).toBe(true);
  });

  it('leaves a price followed by "in" and something else alone', () => {
    const [text, , end] = at('Bitcoin traded at $70,000 in early trading.', '$70,000');
    expect(isSumWorth(text, end)).toBe(false);
  });
});

describe('a tax allowance next to an amount', () => {
  it('makes it a threshold, not a price (dev: nl-bitcoinhelper-nl.ts, nl-hoewerkt-net.ts)', () => {
    expect(
      kindOf(
        'Over een deel van je bitcoin betaal je geen belasting: het heffingsvrij vermogen. Dat is in 2024 € 57.000.',
        '€ 57.000',
        'nl',
      ),
    ).toBe('other');
    // classify.ts hands it the lowercased text.
    expect(isAllowance(...at('der freibetrag liegt bei 1.000 euro für bitcoin-gewinne.', '1.000 euro'))).toBe(
      true,
    );
    // A partner's doubled allowance, and the wealth tax's brackets (nl-bcoin-nl.ts).
    expect(isAllowance(...at('met een fiscale partner: € 114.000 aan bitcoin.', '€ 114.000'))).toBe(true);
    expect(
      isAllowance(
        ...at('je betaalt vermogensbelasting over het deel tussen 75.801 euro en meer.', '75.801 euro'),
      ),
    ).toBe(true);
  });

  it('reads nothing into a block that names no allowance', () => {
    expect(isAllowance(...at('bitcoin kostet heute 61.000 euro.', '61.000 euro'))).toBe(false);
    expect(kindOf('Bitcoin kostet heute 61.000 Euro.', '61.000 Euro', 'de')).toBe('btc_price');
  });
});

describe('"minus" right before an amount', () => {
  it('makes it a loss written out (dev: en-uk-news-yahoo-com.ts, en-londondaily-com-m.ts)', () => {
    const text = "Sold at today's price, you'd have lost 66.1% of your bitcoin, equivalent to minus £33,608.";
    expect(isMinusWord(text, text.indexOf('£'))).toBe(true);
    expect(kindOf(text, '£33,608', 'en')).toBe('other');
  });

  it('leaves other words ending in "minus" and a "minus" further back alone', () => {
    const text = 'Bitcoin hit the terminus £33,608 and, minus fees, sold at £33,000.';
    expect(isMinusWord(text, text.indexOf('£33,608'))).toBe(false);
    expect(isMinusWord(text, text.indexOf('£33,000'))).toBe(false);
  });
});
