import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coincodex.com/article/2042/how-much-does-bitcoin-mining-cost-around-the-world',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'How Much Does Bitcoin Mining Cost Around the World?',
    blocks: [
      'How Much Does Bitcoin Mining Cost Around the World?',
      'Looking only at power and setting every other expense aside, the break-even point as of July 18 sits at $0,163 per 1kWh; any tariff above that turns Bitcoin mining into a money-losing business.',
      'Germany shows the problem well. Industrial customers there pay $0,179 per 1kWh, which lifts the cost of mining a single Bitcoin to $8,060 before hardware, upkeep, delivery or anything else is added.',
      'Of the 115 countries in the Elite Fixtures study, South Korea is the least attractive to miners, with one unit costing $26,170. On those figures alone Venezuela looks best, where the cost is only $531, although other factors keep miners from moving there en masse.',
    ],
    expect: [o('$0,163', 0.163), o('$0,179', 0.179), c('$8,060', 8060), c('$26,170', 26170), c('$531', 531)],
  },
];
