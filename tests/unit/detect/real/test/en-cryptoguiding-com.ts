import { c, type RealCase } from '../labels';

// Scraper copy of a Bitcoinist piece on Glassnode's difficulty regression model: the same "$19.3k"
// production cost in headline, lede, subheading and body, a per-coin mining cost every time.
export const cases: RealCase[] = [
  {
    url: 'https://cryptoguiding.com/article/storm-brews-for-bitcoin-miners-as-cost-of-mining-1-btc-surges-to-19-3k-bitcoinist-com/926',
    lang: 'en',
    tags: ['cost', 'format'],
    title: 'Storm Brews For Bitcoin Miners As Cost Of Mining 1 BTC Surges To $19.3k | Bitcoinist.com (2024)',
    blocks: [
      'Storm Brews For Bitcoin Miners As Cost Of Mining 1 BTC Surges To $19.3k',
      'Data show that the cost of mining Bitcoin has climbed to $19.3k, which could be bad news for miners.',
      'Bitcoin Difficulty Regression Model Shows Cost Of Production Now $19.3k',
      'The difficulty regression model estimates the average cost of producing a bitcoin from the mining difficulty alone, assuming difficulty already folds in hardware, power and other expenses.',
      'After this rise in the cost of production, miners now spend on average around $19.3k to mine 1 BTC.',
    ],
    expect: [c('$19.3k', 19300), c('$19.3k', 19300), c('$19.3k', 19300), c('$19.3k', 19300)],
  },
];
