import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://investingplanner.com/2019/01/jpmorgan-claims-bitcoin-isnt-worth-mining-anymore/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JPMorgan Claims Bitcoin Isn’t Worth Mining Anymore',
    blocks: [
      'JPMorgan Claims Bitcoin Isn’t Worth Mining Anymore',
      'According to a Bloomberg report, the bank’s analysts say that it costs more to create one Bitcoin than it’s worth. In Q4 2018, it cost around $4,060 to mine one BTC and currently, the price of the digital currency is $3,584.07.',
      'Not all miners are paying that top dollar to mine though. Low-cost Chinese miners can pay much less, mining at around $2,400.',
    ],
    expect: [c('$4,060', 4060), p('$3,584.07', 3584.07), c('$2,400', 2400)],
  },
];
