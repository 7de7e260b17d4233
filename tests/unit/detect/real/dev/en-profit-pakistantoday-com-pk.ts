import { o, p, type RealCase } from '../labels';

// Wire-style market report: only the headline and the last paragraph name Bitcoin; the lead says
// "the biggest cryptocurrency". The headline's "$8,000" is the size of the fall, not a level.
export const cases: RealCase[] = [
  {
    url: 'https://profit.pakistantoday.com.pk/2021/04/18/bitcoin-falls-8000-to-three-week-low/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin falls $8,000 to three-week low',
    blocks: [
      'Bitcoin falls $8,000 to three-week low',
      'NEW YORK: The biggest cryptocurrency by market value slid from roughly $60,000 to $52,148 within 15 minutes in the Asian session, wiping out almost $4 billion worth of positions in the derivatives market.',
      'Why the crash came so suddenly is not clear, though the mood may have turned on rumours that the U.S. Treasury plans to charge several financial institutions over money laundering through cryptocurrencies.',
      'Bitcoin had rallied above $60,000 in the days before Coinbase’s listing and set a record high of $64,801 on April 14.',
    ],
    expect: [
      o('$8,000', 8000),
      p('$60,000', 60000),
      p('$52,148', 52148),
      o('$4 billion', 4e9),
      p('$60,000', 60000),
      p('$64,801', 64801),
    ],
  },
];
