import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pickandscrollnews.beehiiv.com/p/crypto-investment-surges-as-bitcoin-eyes-new-high-326b0643fc55c341',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Crypto Investment Surges as Bitcoin Eyes New High',
    blocks: [
      'Australian investors are piling back into crypto as Bitcoin climbs back above US$100,000 and nears its January high of US$109,000, though geopolitics could still swing the market.',
      'Earlier in the year Bitcoin fell to US$74,000 amid global uncertainty, driven partly by US politics and trade tensions.',
      'The rally strengthened in April when global Bitcoin ETFs drew fresh inflows of US$2.9 billion, in contrast to US$5 billion of outflows in February and March. In Australia, crypto ETFs have attracted AU$148 million so far in 2025, double last year’s pace, with AU$6.9 million added in March and AU$20.5 million in April.',
    ],
    expect: [
      p('US$100,000', 100000),
      p('US$109,000', 109000),
      p('US$74,000', 74000),
      o('US$2.9 billion', 2.9e9),
      o('US$5 billion', 5e9),
      o('AU$148 million', 148e6, 'AUD'),
      o('AU$6.9 million', 6.9e6, 'AUD'),
      o('AU$20.5 million', 20.5e6, 'AUD'),
    ],
  },
];
