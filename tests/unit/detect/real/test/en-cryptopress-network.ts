import { c, type RealCase } from '../labels';

// Crypto news repost of CoinGecko's household-electricity study: per-coin mining costs by country,
// "per Bitcoin", "one Bitcoin for just", "the cost of mining 1 BTC".
export const cases: RealCase[] = [
  {
    url: 'https://cryptopress.network/mining-1-btc-in-lebanon-is-783x-cheaper-than-italy-coingecko/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Mining 1 BTC in Lebanon is 783x cheaper than Italy: CoinGecko',
    blocks: [
      'A recent CoinGecko report found wide gaps in household electricity costs for solo Bitcoin miners. Only 65 countries are profitable on household power, and Italy is the most expensive place to produce Bitcoin at $208,560.33 per Bitcoin.',
      'Lebanon, by contrast, has the cheapest electricity, letting individual miners generate one Bitcoin for just $266.02.',
      'Italy’s high power prices make it one of the costliest places to mine; on average, the cost of mining 1 BTC in Italy is put at around $9,300.',
    ],
    expect: [c('$208,560.33', 208560.33), c('$266.02', 266.02), c('$9,300', 9300)],
  },
];
