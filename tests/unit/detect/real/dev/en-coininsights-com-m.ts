import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coininsights.com/heres-how-much-it-costs-to-mine-1-bitcoin-btc',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Here’s How Much It Costs to Mine 1 Bitcoin (BTC)',
    blocks: [
      'Mining Bitcoin is getting more expensive after the latest reward halving. According to CoinShares it now takes about $53,000 to mine one Bitcoin, the average big mining firms spend per BTC.',
    ],
    expect: [c('$53,000', 53000)],
  },
];
