import { o, p, type RealCase } from '../labels';

// Crypto news site: BTC crossing a level (price) while ether crosses its own round number and the
// whole market passes $2 trillion (other), each stated twice.
export const cases: RealCase[] = [
  {
    url: 'https://cryptobriefing.com/crypto-market-returns-2-trillion-bitcoin-rallies/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Crypto Market Returns to $2 Trillion as Bitcoin Rallies',
    blocks: [
      'Bitcoin topped $43,000 early Tuesday while Ethereum crossed $3,000—bringing the total crypto market cap back above $2 trillion.',
      'Crypto Market Back Above $2T',
      {
        text: 'Bitcoin, with a market cap dominance of around 40%, crossed $43,000 this morning after a 4.2% jump. Ethereum also broke a crucial resistance level at $3,000 for the first time this month.',
      },
    ],
    expect: [
      p('$43,000', 43000),
      o('$3,000', 3000),
      o('$2 trillion', 2e12),
      o('$2T', 2e12),
      p('$43,000', 43000),
      o('$3,000', 3000),
    ],
  },
];
