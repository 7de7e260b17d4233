import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newsbite.mooo.com/www.news.com.au/finance/money/investing/enormous-bitcoin-breaks-all-time-high-in-australia/news-story/d9c36424cbfcb1c1a65b2d387c95b5a6',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: '‘Enormous’: Bitcoin breaks all time high in Australia',
    blocks: [
      '‘Enormous’: Bitcoin breaks all time high in Australia',
      'Today the digital asset set a new all-time high in Australia, beating the previous $93,482.34 (US$60,936.46) from November 10, 2021.',
      'Bitcoin has been worth more in US dollars before, but the Aussie dollar is weak right now.',
      'Crypto fans are understandably excited after doubters all but wrote the asset off when it dipped below $25,000.',
      'On Thursday, Bitcoin shot up to US$61,520, a 162 per cent rise on a year earlier.',
    ],
    expect: [
      p('$93,482.34', 93482.34, 'AUD'),
      p('US$60,936.46', 60936.46),
      p('$25,000', 25000, 'AUD'),
      p('US$61,520', 61520),
    ],
  },
];
