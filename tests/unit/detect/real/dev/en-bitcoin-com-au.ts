import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoin.com.au/btc-stats',
    lang: 'en',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin statistics and trends: Global + Australia edition',
    blocks: [
      'For most of its early life bitcoin had a price of less than a dollar, because nobody was keen to trade it for US dollars.',
      'The digital currency first reached a price of USD 1,000 on Mt. Gox in late November 27, 2014. The run did not last.',
      {
        heading: 'What happened to Bitcoin in 2015?',
        text: 'The lowest price of BTC in 2015 was January 14, 2015(USD 177.28/AUD 217.22).',
      },
      {
        heading: 'What happened to Bitcoin in 2015?',
        text: 'The highest price of BTC in 2015 was December 15, 2015, with a peak price of USD 465.50/AUD 646.58.',
      },
      {
        heading: 'What happened to Bitcoin in 2016?',
        text: 'The lowest price of BTC in 2015, AUD 525.05, occurred on February 16, 2016.',
      },
      {
        heading: 'What happened to Bitcoin in 2016?',
        text: 'In June 2016, BTC staged a mid-year rally that peaked at AUD 1,250.',
      },
    ],
    expect: [
      p('a dollar', 1),
      p('USD 1,000', 1000),
      p('USD 177.28', 177.28),
      p('AUD 217.22', 217.22, 'AUD'),
      p('USD 465.50', 465.5),
      p('AUD 646.58', 646.58, 'AUD'),
      p('AUD 525.05', 525.05, 'AUD'),
      p('AUD 1,250', 1250, 'AUD'),
    ],
  },
];
