import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.coinspeaker.com/bitcoin-mining-lebanon-cheaper-italy/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Mining in Lebanon Turns Ultra Cheaper in Comparison to Italy',
    blocks: [
      'Bitcoin Mining in Lebanon Turns Ultra Cheaper in Comparison to Italy',
      'Recent survey shows that Italy is the most expensive country for mining Bitcoin at $208,560 for each BTC produced.',
      'When it comes to Bitcoin mining costs, household electricity expenses for individual miners differ sharply worldwide. A recent survey shows that Bitcoin mining in Lebanon is 783 times cheaper than in Italy. Currently, the cost of mining 1 BTC in Italy is $208,560.',
      '“The average household electricity cost to mine 1 Bitcoin is $46,291.24, which is 35% higher than the average daily price of 1 BTC in July 2023 ($30,090.08),” the report notes.',
      'The report names Italy as the most expensive country for mining Bitcoin at $208,560 for each Bitcoin. This means that mining one Bitcoin at home in Italy costs as much as about eight Bitcoins are worth.',
      'Next in line were Austria at $184,352 and Belgium at $172,382. On the other hand, in Lebanon, the cost of electricity is low enough that individual miners can make one Bitcoin for just $266.',
      {
        text: 'Iran is among those countries where the cost to produce one Bitcoin was $532.',
        heading: 'Iran among the Cheapest Countries to Mine Bitcoin',
      },
    ],
    expect: [
      c('$208,560', 208560),
      c('$208,560', 208560),
      c('$46,291.24', 46291.24),
      p('$30,090.08', 30090.08),
      c('$208,560', 208560),
      c('$184,352', 184352),
      c('$172,382', 172382),
      c('$266', 266),
      c('$532', 532),
    ],
  },
];
