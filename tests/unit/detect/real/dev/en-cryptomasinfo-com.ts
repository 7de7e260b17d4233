import { c, type RealCase } from '../labels';

// A machine-spun copy of a Bitcoinist story on Glassnode's difficulty regression model: the spinner turned
// "cost of production" into "price of manufacturing", yet every amount is still a cost to mine one coin.
const url = 'http://cryptomasinfo.com/storm-brews-for-bitcoin-miners-as-cost-of-mining-1-btc-surges-to-19-3k';
const title = 'Storm Brews For Bitcoin Miners As Cost Of Mining 1 BTC Surges To $19.3k';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'Storm Brews For Bitcoin Miners As Cost Of Mining 1 BTC Surges To $19.3k',
      'Information reveals the price of mining Bitcoin has now surged as much as $19.3k, one thing that might spell doom for the miners.',
    ],
    expect: [c('$19.3k', 19300), c('$19.3k', 19300)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'Bitcoin Issue Regression Mannequin Reveals Price Of Manufacturing Now $19.3k',
      'As per the newest weekly report from Glassnode, the price of BTC manufacturing has gone up lately because of the hashrate and problem setting new all-time highs.',
    ],
    expect: [c('$19.3k', 19300)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'anaphora'],
    title,
    blocks: [
      'The explanation behind this progress lies within the aggressive rise within the hashrate lately, which has result in an issue explosion within the crypto.',
      'After this enhance in the price of manufacturing, miners should incur a mean expense of round $19.3k in the event that they need to mine 1 BTC.',
      'This worth occurs to be about what the precise worth of Bitcoin has been shifting sideways round lately.',
    ],
    expect: [c('$19.3k', 19300)],
  },
];
