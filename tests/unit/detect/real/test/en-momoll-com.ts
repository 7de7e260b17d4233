import { p, type RealCase } from '../labels';

// Aggregator copy of a technical-analysis article: support/resistance levels written as "USD 11,600",
// "$11,800" and "12,000 USD" on the same page, several in sentences that only say "the area".
export const cases: RealCase[] = [
  {
    url: 'http://www.momoll.com/the-price-of-bitcoin-risks-falling-below-usd-10000-if-this-support-level-fails/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'The price of Bitcoin risks falling below USD 10,000 if this support level fails',
    blocks: [
      'The price of Bitcoin risks falling below USD 10,000 if this support level fails',
      'Because the Bitcoin price (BTC) failed to clear the USD 12,000 resistance level, a pullback came as no surprise. In the last few days BTC/USD has slipped back to USD 11,400, a correction of almost 10%.',
      '3 reasons why Bitcoin’s price dropped to $11,600 and why it wasn’t a surprise',
      'Bitcoin was rejected at $11,800 after returning to the range',
      'The Bitcoin price could not push through the $12,000 resistance level, which sent it back into the range.',
      'As noted in the earlier piece, the $12,000 area was key to keeping any further upside momentum. It did not hold as support, so a reversal looks likely.',
      'Right after the break under USD 12,000, the price of Bitcoin dropped toward the support area at USD 11,600. That USD 11,600 level produced a small bounce to USD 11,800. As the chart shows, though, the USD 11,800 area then flipped into new resistance.',
      'Bitcoin price fails to break 12,000 USD, how far can it fall?',
      'That is what followed: Bitcoin fell to the next support, the green zone, the last hurdle before a possible quick slide to USD 10,000.',
    ],
    expect: [
      p('USD 10,000', 10000),
      p('USD 12,000', 12000),
      p('USD 11,400', 11400),
      p('$11,600', 11600),
      p('$11,800', 11800),
      p('$12,000', 12000),
      p('$12,000', 12000),
      p('USD 12,000', 12000),
      p('USD 11,600', 11600),
      p('USD 11,600', 11600),
      p('USD 11,800', 11800),
      p('USD 11,800', 11800),
      p('12,000 USD', 12000),
      p('USD 10,000', 10000),
    ],
  },
];
