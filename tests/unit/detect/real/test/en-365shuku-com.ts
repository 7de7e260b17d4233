import { o, p, type RealCase } from '../labels';

// A rewritten explainer with stray markdown asterisks around amounts; per-coin levels mixed with totals.
export const cases: RealCase[] = [
  {
    url: 'https://www.365shuku.com/2343.html',
    lang: 'en',
    tags: ['prose', 'format'],
    blocks: [
      'A UK IT engineer mistakenly discarded a hard drive containing private keys to 7,500 Bitcoins, now valued at approximately **$240 million** (based on $32,000 per Bitcoin). The programmer expressed deep regret after realizing the error.',
      {
        heading: 'The Scale of Lost Bitcoin',
        text: 'Since October 2020, around $7 billion in Bitcoin has been recovered during the bull market.',
      },
      {
        heading: 'Bitcoin’s Meteoric Rise in 2021',
        text: 'Bitcoin surpassed $31,000 per coin** in early January 2021, with a total market cap exceeding **$580 billion, double Coca-Cola’s valuation.',
      },
      { heading: 'Price Evolution', text: '2010: First valuation: 10,000 BTC for $25** (or **$0.0025/BTC).' },
      {
        heading: 'Price Evolution',
        text: '2021: All-time high of $31,000, a 1240 million-fold increase in a decade.',
      },
      {
        heading: 'Institutional Adoption',
        text: 'Grayscale Trust: Manages nearly $20 billion in crypto assets.',
      },
    ],
    expect: [
      o('$240 million', 240e6),
      p('$32,000 per Bitcoin', 32000),
      o('$7 billion', 7e9),
      p('$31,000 per coin', 31000),
      o('$580 billion', 580e9),
      o('$25', 25),
      p('$0.0025/BTC', 0.0025),
      p('$31,000', 31000),
      o('$20 billion', 20e9),
    ],
  },
];
