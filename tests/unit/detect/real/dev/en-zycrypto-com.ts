import { c, p, type RealCase } from '../labels';

// ZyCrypto on TradeBlock's halving report: a sub-cent 2010 price, spot and 2017 peak, then the
// "$12.5k to $15k" level BTC must reach for miners to stay profitable (a break-even range).
export const cases: RealCase[] = [
  {
    url: 'https://zycrypto.com/bitcoin-price-to-hit-15000-post-halving-for-miners-to-remain-in-business/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Take early 2010, when Bitcoin was worth a measly $0.008 per coin. Today the top crypto trades above $10,000, and it once reached about $20,000 in late 2017.',
      {
        heading: 'Reward Halving',
        text: 'To keep the venture profitable, the coin has to gain enough value that the smaller issuance covers the shortfall. According to Trade Block, Bitcoin’s price should rise to between $12.5k to $15k for this to happen.',
      },
    ],
    expect: [
      p('$0.008', 0.008),
      p('$10,000', 10000),
      p('$20,000', 20000),
      c('$12.5k', 12500),
      c('$15k', 15000),
    ],
  },
];
