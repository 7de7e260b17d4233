import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.coinswitch.co/switch/market-analysis/crypto-market-news-for-india-today-october-2025',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Crypto market news for India today',
    blocks: [
      'Crypto staged a modest rebound in India today as global sentiment improved. After a week of heavy selling, both Bitcoin and Ethereum recovered and dragged altcoins higher. Early in the session the global crypto-market cap hovered around $3.75 trillion, up more than 3 % in 24 hours.',
      'Local investors kept an eye on the rupee: with USD/INR at ~87.78, Bitcoin’s recovery meant a jump back near the ₹9.75 million mark. Ethereum followed, steadying above ₹3.56 lakh.',
    ],
    expect: [o('$3.75 trillion', 3.75e12), p('₹9.75 million', 9.75e6, 'INR'), o('₹3.56 lakh', 356000, 'INR')],
  },
];
