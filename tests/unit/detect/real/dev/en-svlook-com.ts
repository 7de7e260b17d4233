import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://svlook.com/mining-1-btc-in-lebanon-is-783x-cheaper-than-italy-coingecko',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Mining 1 BTC in Lebanon is 783x cheaper than Italy: CoinGecko',
    blocks: [
      'Globally, household electricity bills for individual Bitcoin (BTC) miners vary significantly. According to a recent report, while it costs $208,560 to produce a bitcoin in Italy, it is roughly 783 times cheaper in Lebanon.',
      '“The average household electricity bill to mine 1 Bitcoin is $46,291.24, which is 35% higher than the average daily price of 1 BTC ($30,090.08) in July 2023.”',
      'The report ranks Italy as the country with the highest cost of home bitcoin mining at $208,560 per bitcoin.',
      'This is followed by Austria ($184,352) and Belgium ($172,382).',
      'Meanwhile, Lebanon’s household electricity tariffs allow individual miners to generate one bitcoin for as little as $266. According to this data, this is about 783 times cheaper than the cost of mining Bitcoin in Italy ($208,560).',
      'Iran comes next with a production cost of $532 per bitcoin.',
    ],
    expect: [
      c('$208,560', 208560),
      c('$46,291.24', 46291.24),
      p('$30,090.08', 30090.08),
      c('$208,560', 208560),
      c('$184,352', 184352),
      c('$172,382', 172382),
      c('$266', 266),
      c('$208,560', 208560),
      c('$532', 532),
    ],
  },
];
