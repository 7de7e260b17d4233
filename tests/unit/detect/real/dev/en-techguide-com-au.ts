import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.techguide.com.au/news/cryptocurrency/4-key-factors-that-affect-bitcoins-value-in-aud',
    lang: 'en',
    tags: ['prose', 'format'],
    title: '4 key factors that affect Bitcoin’s value in AUD',
    blocks: [
      'Another 54.6 million wallet addresses hold fractions of a Bitcoin, from 0.00001 of a Bitcoin (valued at around $1.75 BTC to AUD) up to just under one whole coin.',
      {
        heading: 'Exchange Rates',
        text: 'The Australian dollar is gaining ground – USD $1 converts to AUD $1.54. Risk appetite seems to be improving as the odds of a U.S. Fed rate cut rise.',
      },
    ],
    expect: [o('$1.75', 1.75, 'AUD'), o('USD $1', 1), o('AUD $1.54', 1.54, 'AUD')],
  },
];
