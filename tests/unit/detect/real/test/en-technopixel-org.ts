import { p, type RealCase } from '../labels';

// Crypto blog rewrite of a market report: support levels and a consolidation range, with "$ 69,000"
// written with a space after the sign.
export const cases: RealCase[] = [
  {
    url: 'https://technopixel.org/?p=105066',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Will Bitcoin price drop below support levels?',
    blocks: [
      'Bitcoin (BTC), the largest cryptocurrency, has slid hard over recent weeks and broken under fresh support levels. Analysts see the asset closing the week near $29,000 as Bitcoin decouples from equities.',
      {
        text: 'Will Bitcoin price drop below support levels?',
        heading: 'Will Bitcoin price drop below support levels?',
      },
      'Bitcoin price is moving sideways in the band between $29,000 and $30,000, while on-chain gauges hint that a bearish phase lies ahead.',
      {
        text: 'Even though the BTC price has slipped under $30,000, 55% of the supply still sits in profit.',
        heading: '55% of BTC supply still profitable',
      },
      'As reported earlier, BTC has kept trending down in recent months since falling from its all-time high of $ 69,000. The latest break under the key psychological barrier of $30,000 has left investors deeply bearish.',
    ],
    expect: [
      p('$29,000', 29000),
      p('$29,000', 29000),
      p('$30,000', 30000),
      p('$30,000', 30000),
      p('$ 69,000', 69000),
      p('$30,000', 30000),
    ],
  },
];
