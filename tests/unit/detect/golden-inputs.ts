// Inputs of the golden test that are not corpus passages: the bench's article, adversarial strings
// and seeded fuzz. Only used to (re)generate golden.json; the test reads its inputs back from it.
import fc from 'fast-check';
import type { DetectOptions } from '../../../lib/detect';

export interface GoldenInput {
  name: string;
  text: string;
  opts: DetectOptions;
}

// The bench's article (bench/detect.bench.ts imports it from here).
const SENTENCES = [
  'Bitcoin rose 2.1% to $67,450 on Tuesday, while ether slipped to $3,120.',
  'Spot bitcoin ETFs drew $520 million of net inflows, lifting total assets above $60 billion.',
  'Der Bitcoin-Kurs stieg um 4 Prozent auf 67.450 Dollar, die Marktkapitalisierung liegt bei 1,3 Billionen Dollar.',
  'Le bitcoin a franchi la barre des 70 000 dollars avant de reculer à 68 500 dollars.',
  'ビットコインの価格が一時7万3000ドルを突破し、過去最高値を更新した。',
  'बिटकॉइन की कीमत 70,000 डॉलर के पार पहुंच गई है।',
  'Analysts said the move was driven by macro data, with the dollar index steady and yields lower in 2024.',
  'The average cost to mine one bitcoin rose to $53,000 after the halving, CoinShares said.',
  'Miners earned $956 million in revenue in May; hashprice fell to $0.049 per terahash per day.',
  'Regulators in several countries continued to debate how exchanges should report customer holdings.',
  'The company said it would publish a full report on its operations after the end of the quarter.',
  'Die Analysten verweisen auf die anhaltende Unsicherheit an den Märkten und die Zinspolitik der Notenbanken.',
  'Les investisseurs restent prudents avant la publication des chiffres de l’inflation américaine.',
  'Market participants expect volatility to remain elevated as traders position for the options expiry.',
];

export function article(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = SENTENCES[(i * 5) % SENTENCES.length]!;
    parts.push(s);
    n += Buffer.byteLength(s) + 1;
  }
  return parts.join(' ');
}

/** The bench's adversarial inputs, built at any length. */
export const ADVERSARIAL: [string, (n: number) => string][] = [
  ['digits', (n) => '9'.repeat(n)],
  ['1,-runs', (n) => '1,'.repeat(n / 2)],
  ['dollar signs', (n) => '$'.repeat(n)],
  ['spaced digits', (n) => '1 '.repeat(n / 2)],
  ['grouped digits', (n) => '123 456 '.repeat(n / 8)],
  ['$1 amounts', (n) => '$1 '.repeat(n / 3)],
  ['mixed separators', (n) => "1.2,3'4 5".repeat(n / 9)],
  ['bitcoin words', (n) => 'bitcoin $7 '.repeat(n / 11)],
  ['ja scales', (n) => '7万3000ドル'.repeat(n / 9)],
];

const TRICKY = [
  'İstanbul: Bitcoin kostet 60.000 Euro, İ İ $70,000.',
  '𝟙𝟚 bitcoin 😀 $70,000 per coin, ₿ 69.000 €',
  '₿70,000 and ₿ 1 = $68k',
  'BTC/USD: 70,123 BTC-EUR 60.000,5 XBTUSD 70123 ETHUSDT 3500 BTCTRY 2.300.000',
  'ビットコインは1兆3000億円、7万3000ドル、1050万円、金価格は2400ドル。一方ビットコインは6万ドル',
  '₹58 लाख, Rs. 57,40,000, R$ 350 mil, R$ 350 mil millones, US$ 1,2 mil milhões',
  "2 milliards d'euros, 3 milioni di dollari, 5 mil millones de dólares, 1,1 Mrd. US-Dollar, 4 US dollars",
  'Bitcoin between $60-65k, $58,000-62,000, 60.000 und 65.000 Dollar, $60K–$65K, 60 000 à 65 000 €',
  'Bitcoin ▲ $1,200 (+1.2%) ▼$800 −$500 +€300 ↑ 70,000 USD ↓ 1.234,5 EUR',
  'The cost to mine one bitcoin is $53,000; 0.5 BTC ($35,000); 100 sats at $0.07; 3 coins at $20',
  'Bitcoin. U.S. spot approx. $70,000! Really? $69,000\n$68,000… bitcoin’s price: $1.2M, $1.2 billion',
  '1,234,567,890,123,456,789 dollars; 1.2.3.4.5.6.7.8.9.10 USD; 1 2 3 4 5 6 USD; 12 345 678 €',
  '$$$$1 $ 1 US$$2 CA$ 3 A$4 HK$5 MX$6 NZ$7 S$8 C$9 U$10 AAAA$11 usd 12 Usd 13 USD14',
  `${'bitcoin '.repeat(40)}$70,000`,
  `${'Bitcoin rose to $70,000, '.repeat(30)}while ether fell.`,
  'Der Bitcoin-Kurs liegt bei 67.450 Dollar; Bitcoin verlor rund 5.000 Dollar; Gebühren: 5 Euro; Transaktionsgebühren 3 €',
  'Le bitcoin vaut 70 000 €. Once d’or a atteint 2 400 dollars. bitcoin à 1,5 million de dollars',
  'बिटकॉइन की कीमत 70,000 डॉलर के पार पहुंच गई है। एक बिटकॉइन 65 लाख रुपये',
  '7万 7万3000 7万3千ドル 1億円 3千円 2兆 1兆3000億ドル 5万,000ドル',
  "¥10,500,000 ￥9,800,000 £53,000 ₩95,000,000 €70.000,00 CHF 59’800 CHF 59'800.50",
  '$70k $70K $1.2M $1.2m $3bn $2tn $5mn $4mm $9b $9t 7 thousand dollars 5 lakh rupees 2 crore INR',
];

const PIECES =
  "Bitcoin|BTC|bitcoin|ether|ETH| |, |. |; |$|€|£|¥|₹|₿|R$|US$|USD|EUR|k|M|bn| million| Mrd.| mil| milliards| de| dollars| Dollar| euros|万|億|ドル|円|लाख|डॉलर|-|–| to | and | und |%|1|70|,000|.000|.5|,5|\u00a0|'|’|0|9|123|market cap|fell to|rose to|by|lost|at|price|Kurs|auf|per|one|of|in|cost to mine|fees|gold|ounce|while|\n|ビットコイン|価格|बिटकॉइन|कीमत|▼|+|/|USDT|BTCUSDT|sats|coins|Gebühren|İ|(|)|2024".split(
    '|',
  );

const opts: fc.Arbitrary<DetectOptions> = fc.record(
  {
    spotUsd: fc.constantFrom(68000, 30000, 0, -5, 1e9),
    locale: fc.constantFrom('en', 'de', 'fr', 'es-MX', 'pt-BR', 'pt-PT', 'de_CH', 'ja', 'hi', ''),
    context: fc.constantFrom('', 'Bitcoin price today', 'Ethereum', 'BTC/USD', 'ビットコイン', 'gold'),
    usdPer: fc.constantFrom<Record<string, number>>({ EUR: 1.1 }, { JPY: 0.0067, INR: 0.012 }, {}),
  },
  { requiredKeys: [] },
);

const NUMS =
  '70000|70,000|70.000|70 000|70\u00a0000,5|69.8|1,234,567.89|1.234.567,89|58,12,345|0.049|7万3000|1,1|2024|3'.split(
    '|',
  );
const PRE = '|$|US$|R$|€|£|¥|₹|USD |EUR |Rs. |CHF |₿|+$|▼$|-|~'.split('|');
const POST =
  '||k|M|bn| million| Mrd.| mil| milliards de| lakh| dollars| Dollar| euros| €|ドル|円| डॉलर|%| BTC| USD|-|–'.split(
    '|',
  );

/** Words, then a number with a random prefix and suffix, then words. */
function amountish(words: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  const pick = (xs: string[]) => fc.constantFrom(...xs);
  return fc
    .tuple(words, pick(PRE), pick(NUMS), pick(POST), pick(POST), words)
    .map(
      ([a, p, n, s1, s2, b]) => `${a.slice(0, 6).join(' ')} ${p}${n}${s1}${s2} ${b.slice(0, 6).join(' ')}`,
    );
}

function fuzz(): GoldenInput[] {
  const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 });
  const texty = fc.oneof(
    { arbitrary: fc.string({ maxLength: 60, unit: 'binary' }), weight: 1 },
    { arbitrary: pieces.map((a) => a.join('')), weight: 2 },
    { arbitrary: pieces.map((a) => a.join(' ')), weight: 2 },
    {
      arbitrary: fc.array(amountish(pieces), { minLength: 1, maxLength: 4 }).map((a) => a.join(' ')),
      weight: 4,
    },
  );
  return fc
    .sample(fc.tuple(texty, opts), { seed: 20241124, numRuns: 1100 })
    .map(([text, o], i) => ({ name: `fuzz ${i}`, text, opts: o }));
}

/** Inputs whose whole output is stored. */
export function goldenInputs(): GoldenInput[] {
  const en = { spotUsd: 68000, locale: 'en' };
  return [
    { name: 'article', text: article(4000), opts: en },
    { name: 'article bare', text: article(4000), opts: {} },
    ...ADVERSARIAL.map(([name, make]) => ({ name: `adversarial ${name}`, text: make(360), opts: en })),
    ...TRICKY.flatMap((text, i) => [
      { name: `tricky ${i}`, text, opts: {} },
      {
        name: `tricky ${i} de`,
        text,
        opts: { locale: 'de', spotUsd: 68000, usdPer: { EUR: 1.1, JPY: 0.0067 } },
      },
    ]),
    ...fuzz(),
  ];
}

/** Large inputs whose output is stored as a digest (count and hash), like the bench's. */
export function digestInputs(): GoldenInput[] {
  const en = { spotUsd: 68000, locale: 'en' };
  return [
    { name: 'article 200k', text: article(2e5), opts: en },
    ...ADVERSARIAL.map(([name, make]) => ({ name: `adversarial ${name} 60k`, text: make(60_000), opts: en })),
  ];
}
