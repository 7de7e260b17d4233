import { describe, expect, it } from 'vitest';
import { detectPrices } from '../../../lib/detect';

const one = (text: string, opts = {}) => {
  const m = detectPrices(text, opts);
  return m.map((x) => ({ text: x.text, kind: x.kind, currency: x.currency, value: x.value }));
};

describe('detectPrices: formats', () => {
  it.each([
    ['Bitcoin rose to $70k.', '$70k', 70000, 'USD'],
    ['Bitcoin rose to $69.8K.', '$69.8K', 69800, 'USD'],
    // A bare "$1.1 million" with no year or price noun now reads as a sum (docs/detector.md, what fails).
    ['Bitcoin could hit $1.1 million by 2030.', '$1.1 million', 1100000, 'USD'],
    ['Bitcoin could hit $1.2M by 2030.', '$1.2M', 1200000, 'USD'],
    ['Bitcoin steigt auf 70.000 Dollar.', '70.000 Dollar', 70000, 'USD'],
    ['Le bitcoin vaut 70 000 €.', '70 000 €', 70000, 'EUR'],
    ['Ein Bitcoin kostet CHF 59’800.', 'CHF 59’800', 59800, 'CHF'],
    ['Bitcoin trades at Rs 58,12,345.', 'Rs 58,12,345', 5812345, 'INR'],
    ['Bitcoin trades at ₹58 lakh.', '₹58 lakh', 5800000, 'INR'],
    ['O bitcoin vale R$ 350 mil.', 'R$ 350 mil', 350000, 'BRL'],
    ['Bitcoin hit CA$95,000.', 'CA$95,000', 95000, 'CAD'],
    ['Bitcoin hit A$100,000.', 'A$100,000', 100000, 'AUD'],
    ['Bitcoin hit US$71,400.', 'US$71,400', 71400, 'USD'],
    ['Bitcoin at USD 70,000.', 'USD 70,000', 70000, 'USD'],
    ['Bitcoin at 70,000 USDT.', '70,000 USDT', 70000, 'USD'],
    ['Bitcoin cotiza en 67.800 dólares.', '67.800 dólares', 67800, 'USD'],
    ['Bitcoin fiel auf 55 Tsd. Dollar.', '55 Tsd. Dollar', 55000, 'USD'],
    ['ビットコインは一時7万3000ドルを突破した。', '7万3000ドル', 73000, 'USD'],
    ['ビットコインは1050万円で推移。', '1050万円', 10500000, 'JPY'],
    ['बिटकॉइन की कीमत 70,000 डॉलर के पार।', '70,000 डॉलर', 70000, 'USD'],
    ['Bitcoin traded at ¥10,500,000.', '¥10,500,000', 10500000, 'JPY'],
    ['Bitcoin climbed to £53,000.', '£53,000', 53000, 'GBP'],
  ])('%s', (text, span, value, currency) => {
    expect(one(text)).toContainEqual({ text: span, kind: 'btc_price', currency, value });
  });

  it('reads both ends of ranges', () => {
    expect(one('Bitcoin could trade between $60k and $65k.').map((m) => m.kind)).toEqual([
      'btc_price',
      'btc_price',
    ]);
    expect(one('Bitcoin at $60,000–$65,000.').map((m) => m.value)).toEqual([60000, 65000]);
    expect(one('Options price bitcoin at $58,000-62,000.').map((m) => m.text)).toEqual(['$58,000', '62,000']);
    expect(one('Bitcoin pendelt zwischen 60.000 und 65.000 Dollar.', { locale: 'de' })[0]).toMatchObject({
      text: '60.000',
      currency: 'USD',
      kind: 'btc_price',
    });
  });

  it('reads tickers and pairs', () => {
    expect(one('BTC $69,420 ▼2.1%')[0]?.kind).toBe('btc_price');
    expect(one('BTC/USD 70,123.45')).toEqual([
      { text: '70,123.45', kind: 'btc_price', currency: 'USD', value: 70123.45 },
    ]);
    expect(one('BTCUSDT 70123.4')[0]).toMatchObject({ value: 70123.4, kind: 'btc_price' });
    expect(one('$BTC reclaims $70,000')[0]?.kind).toBe('btc_price');
    expect(one('BTC$67,321.55-1.2%ETH$3,281.09+0.4%').map((m) => m.kind)).toEqual(['btc_price', 'other']);
  });

  it('ignores bare numbers, years and percentages', () => {
    expect(detectPrices('In 2024 bitcoin rose 120% and 1,000 people bought it.')).toEqual([]);
  });

  it('uses the locale for ambiguous separators, shapes first', () => {
    expect(one('Preis: 1.234 Euro', { locale: 'de' })[0]?.value).toBe(1234);
    expect(one('Price: $1.234', { locale: 'en' })[0]?.value).toBe(1.234);
    expect(one('Bitcoin: 70.123,45 €', { locale: 'en' })[0]?.value).toBe(70123.45);
  });
});

describe('detectPrices: kinds', () => {
  const kinds = (text: string, opts = {}) => detectPrices(text, opts).map((m) => m.kind);
  const spot = { spotUsd: 70_000 };

  it('tells other assets, aggregates, changes and fees from Bitcoin prices', () => {
    expect(kinds('Ether rose to $3,500 while bitcoin hit $70,000.')).toEqual(['other', 'btc_price']);
    expect(kinds('Bitcoin Cash jumped to $480.')).toEqual(['other']);
    expect(kinds("Bitcoin's market cap topped $1.4 trillion.")).toEqual(['other']);
    expect(kinds('Spot bitcoin ETFs drew $520 million of inflows.')).toEqual(['other']);
    expect(kinds('Bitcoin fell by $5,000 to $60,000.')).toEqual(['other', 'btc_price']);
    expect(kinds('Bitcoin lost $5K in an hour.')).toEqual(['other']);
    expect(kinds('Bitcoin transaction fees rose to $128.')).toEqual(['other']);
    expect(kinds('He sold 0.5 BTC ($35,000) last week.')).toEqual(['other']);
  });

  it('finds per-coin mining costs', () => {
    expect(kinds('The cost to mine one bitcoin is $53,000.')).toEqual(['btc_cost']);
    expect(kinds('Die Herstellungskosten pro Bitcoin liegen bei 45.000 Dollar.', { locale: 'de' })).toEqual([
      'btc_cost',
    ]);
  });

  it('gives the same worth in another currency the kind of the amount it converts', () => {
    // Modelled on diamond.jp and htsyndication.com (tests/unit/detect/real/dev).
    const spot = { spotUsd: 70_123 };
    expect(kinds('ビットコインは8000ドル(約88万円)台を取り戻した。', spot)).toEqual([
      'btc_price',
      'btc_price',
    ]);
    expect(kinds('बिटकॉइन 41,609 डॉलर यानी 33,44,227 रुपये पर था।', spot)).toEqual(['btc_price', 'btc_price']);
    // Not a conversion: a thousand times off ("3,26 reais" for 998 dollars), or a different thing after "and".
    expect(kinds('o bitcoin era vendido por 69.800 dólares (348 reais).', spot)).toEqual([
      'btc_price',
      'other',
    ]);
    expect(kinds('Bitcoin hit $70,000 and gold €2,400 an ounce.', spot)).toEqual(['btc_price', 'other']);
  });

  it('checks plausibility against spot', () => {
    expect(kinds('Bitcoin price: $70', { spotUsd: 68000 })).toEqual(['other']);
    expect(kinds('Bitcoin price: $70,000', { spotUsd: 68000 })).toEqual(['btc_price']);
    // Forecasts run to 20–30 × spot ("$1.5 million by 2030" at $70,000: ARK's bull case, in many dev
    // pages); 40 × is no Bitcoin price.
    expect(kinds('Bitcoin price target: $1.5 million', { spotUsd: 70000 })).toEqual(['btc_price']);
    expect(kinds('Bitcoin price target: $3 million', { spotUsd: 70000 })).toEqual(['other']);
  });

  // Modelled on glassgs.com and computermente.blogspot.com (tests/unit/detect/real/dev): long-range
  // forecasts in millions name a year from 2030 or say "per coin", and run far past 30 × spot.
  it('lets a level in millions for 2030 and later, or per coin, run to a thousand times spot', () => {
    expect(kinds('Bitcoin could reach $10 million by 2050.', spot)).toEqual(['btc_price']);
    expect(kinds('Saylor predicts Bitcoin will hit $21 million per coin.', spot)).toEqual(['btc_price']);
    // Without the year or "per coin", no level; past a thousand times spot, none either.
    expect(kinds('Bitcoin could reach $10 million.', spot)).toEqual(['other']);
    expect(kinds('Bitcoin price target: $10 million', spot)).toEqual(['other']);
    expect(kinds('Bitcoin could reach $100 million by 2050.', spot)).toEqual(['other']);
  });

  // Modelled on bitcoinnewsinvest.com and analyticsinsight.net (tests/unit/detect/real/dev): after a
  // number of coins, a sum is what they are worth, unless the text prices each coin.
  it('reads an amount after a number of coins as the price of each when "each" says so', () => {
    expect(kinds('He holds 0.5 BTC ($35,000).', spot)).toEqual(['other']);
    expect(kinds('He bought 10 BTC for $600,000 in March.', spot)).toEqual(['other']);
    expect(kinds('He bought 10 BTC for $60,000 each in March.', spot)).toEqual(['btc_price']);
    expect(kinds('He bought 10 bitcoins for $65,000 apiece.', spot)).toEqual(['btc_price']);
  });

  it('uses context as a weaker signal', () => {
    expect(kinds('$66,402.10', { context: 'Bitcoin (BTC) price today' })).toEqual(['btc_price']);
    expect(kinds('$3,145.77', { context: 'Ethereum price today' })).toEqual(['other']);
  });

  // Modelled on dev.coindesk.com/fr/markets/2013/11/29/… (tests/unit/detect/real): an old article's
  // levels are far below today's spot, and only the page's date says they were prices then.
  it('reads an old level as a price when the URL path or the title dates the page', () => {
    const text =
      "La monnaie virtuelle a culminé aujourd'hui à 1 242 dollars sur Mt. Gox, au-delà du prix de l'once d'or.";
    const page = {
      spotUsd: 70_000,
      locale: 'fr',
      context: "Un bitcoin valait plus qu'une once d'or · news.example",
    };
    expect(kinds(text, page)).toEqual(['other']);
    expect(kinds(text, { ...page, path: '/fr/markets/2013/11/29/one-bitcoin' })).toEqual(['btc_price']);
    expect(
      kinds(text, { ...page, context: "Un bitcoin valait plus qu'une once d'or en 2013 · news.example" }),
    ).toEqual(['btc_price']);
    // A recent year in the path changes nothing.
    expect(kinds(text, { ...page, path: '/fr/markets/2024/11/29/one-bitcoin' })).toEqual(['other']);
  });

  // Modelled on smart-management.hatenablog.jp (tests/unit/detect/real/dev): "1BTC=約7円" names the
  // price of one coin outright, however far it is from today's spot.
  it('reads a level far from spot as a price when "per coin" stands right at it', () => {
    expect(kinds('Back then Bitcoin traded at $12 per coin.', spot)).toEqual(['btc_price']);
    expect(kinds('Back then Bitcoin traded at $12.', spot)).toEqual(['other']);
    expect(kinds('当時のレートは1BTC=約7円。', { ...spot, locale: 'ja' })).toEqual(['btc_price']);
    expect(kinds('当時のレートは約7円。', { ...spot, locale: 'ja' })).toEqual(['other']);
    // The coin right after a slash (de-bitcoin-fuer-anfaenger in dev: "bei 99 Euro/BTC").
    expect(kinds('Der Kurs liegt bei 99 Euro/BTC.', { ...spot, locale: 'de' })).toEqual(['btc_price']);
    expect(kinds('Der Kurs liegt bei 99 Euro.', { ...spot, locale: 'de' })).toEqual(['other']);
  });

  it('converts to USD with the given rates only', () => {
    const [m] = detectPrices('Bitcoin kostet 60.000 Euro.', { locale: 'de', usdPer: { EUR: 1.1 } });
    expect(m?.usd).toBeCloseTo(66000);
    expect(detectPrices('Bitcoin kostet 60.000 Euro.', { locale: 'de' })[0]?.usd).toBeNull();
    expect(detectPrices('Bitcoin at $60,000')[0]?.usd).toBe(60000);
  });
});

describe('page text never reaches object prototypes', () => {
  it('treats "constructor", "__proto__" and friends as unknown words', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      for (const text of [`BTC/${word} 70,000`, `BTC${word} 70,000`, `$70 ${word}`, `70,000 ${word}`]) {
        for (const match of detectPrices(text)) {
          expect(typeof match.currency).toBe('string');
          expect(Number.isFinite(match.value)).toBe(true);
        }
      }
    }
  });
});
