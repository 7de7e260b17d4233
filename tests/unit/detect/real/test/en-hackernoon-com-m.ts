import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hackernoon.com/bitcoin-below-$15k-miners-dilemma-and-the-potential-network-domino-effect',
    lang: 'en',
    tags: ['prose', 'cost', 'anaphora'],
    title: "Bitcoin Below $15K: Miners' Dilemma and the Potential Network Domino Effect",
    blocks: [
      'What happens if its value falls under $15,000? It may look like one more market swing to many.',
      'Where power is expensive, miners’ breakeven point is relatively high, so they need the price of Bitcoin to stay high enough to cover costs.',
      'A fall below $15,000 could make mining unprofitable for many, especially where running costs are higher.',
      'A recent sharp liquidation of BTC left traders with losses of $1B.',
    ],
    expect: [p('$15,000', 15000), p('$15,000', 15000), o('$1B', 1e9)],
  },
];
