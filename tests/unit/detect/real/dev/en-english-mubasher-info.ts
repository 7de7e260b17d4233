import { o, p, type RealCase } from '../labels';

// "20,000" and "9,000" are printed without a currency: levels a reader takes in dollars, labelled so.
export const cases: RealCase[] = [
  {
    url: 'https://english.mubasher.info/news/3201700/Bitcoin-exceeds-20-000',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin exceeds $20,000',
    blocks: [
      'Bitcoin exceeds $20,000',
      'Mubasher: Bitcoin has kept surging to yet another record, hitting 20,000 on Sunday, only a month after passing the 9,000 level for the first time.',
      'Bitcoin started 2017 trading near $974, so its price is up around 1,950% this year, with total market capitalization now close to a staggering $330 billion.',
    ],
    expect: [
      p('$20,000', 20000),
      p('20,000', 20000),
      p('9,000', 9000),
      p('$974', 974),
      o('$330 billion', 330e9),
    ],
  },
];
