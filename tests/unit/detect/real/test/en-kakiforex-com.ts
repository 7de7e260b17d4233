import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://kakiforex.com/2023/06/cpi-doesnt-move-btc-will-price-react.html',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'CPI doesn’t move BTC; will the price react?',
    blocks: [
      'At the time of writing, BTC is down 0.01% to $25,963 over 24 hours, with a market capitalization of $503 billion, and 4.15% lower on the week.',
      'The second largest crypto, Ethereum (ETH), edged up 0.05% to $1,742 in 24 hours but is still 7.28% down on the week, and Ripple (XRP) slipped around 1.70% to $0.51 with a market cap of $28 billion.',
    ],
    expect: [
      p('$25,963', 25963),
      o('$503 billion', 503e9),
      o('$1,742', 1742),
      o('$0.51', 0.51),
      o('$28 billion', 28e9),
    ],
  },
];
