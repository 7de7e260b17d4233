import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.australiannationalreview.com/bitcoin-2-0/coingecko-783x-cheaper-to-mine-1-btc-in-lebanon-compared-to-italy/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'CoinGecko: 783x cheaper to mine 1 BTC in Lebanon compared to Italy',
    blocks: [
      'A recent report by CoinGecko has highlighted the sharp contrast in household electricity expenses for individual Bitcoin (BTC) miners around the world. According to the report, producing one Bitcoin in Italy costs $208,500, while in Lebanon, it is roughly 783 times cheaper.',
      'According to the report, the average household electricity cost to mine one Bitcoin is $46,291.24, which is 35% higher than the average daily price of 1 BTC in July 2023 ($30,090.08). Italy emerged as the costliest country for household Bitcoin mining, with a cost of $208,560.33 per Bitcoin.',
      'Following Italy, Austria ranked second with a cost of $184,352.44, and Belgium came in third with a cost of $172,381.50.',
      'On the other hand, Lebanon stood out as the country with the lowest household electricity rates, enabling individual miners to generate one Bitcoin for just $266.02. Iran ranked second, with a production cost of $532.04 per Bitcoin.',
    ],
    expect: [
      c('$208,500', 208500),
      c('$46,291.24', 46291.24),
      p('$30,090.08', 30090.08),
      c('$208,560.33', 208560.33),
      c('$184,352.44', 184352.44),
      c('$172,381.50', 172381.5),
      c('$266.02', 266.02),
      c('$532.04', 532.04),
    ],
  },
];
