import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptooasis.ae/bitcoin-breaches-1-trillion-market-cap/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin breaches $1 trillion market cap',
    blocks: [
      'Bitcoin’s market value hits $1 trillion as price surges past $51,000.',
      'Circulating supply stands at 19,627,443 BTC, 93.46% of the total capped at 21 million.',
      'The previous $1 trillion milestone was hit in Nov 2021, propelling BTC to $69,000. The crypto market reached a combined $3 trillion cap during that bull run.',
    ],
    expect: [
      o('$1 trillion', 1e12),
      p('$51,000', 51000),
      o('$1 trillion', 1e12),
      p('$69,000', 69000),
      o('$3 trillion', 3e12),
    ],
  },
];
