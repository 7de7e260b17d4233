import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://br.advfn.com/noticias/GLOBE/2022/artigo/89486793',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Riot Blockchain Reports Third Quarter 2022 Financial Results',
    blocks: [
      'Third Quarter 2022 Financial Highlights',
      '- Total revenue\nof $46.3 million for the three months ended September 30,\n2022, versus $64.8 million in the same period of 2021, mostly because curtailment cut Bitcoin output and the market price of\nBitcoin fell 49%.',
      '- Earned $13.1\nmillion in power curtailment credits in the quarter, about 760 Bitcoin at average daily closing prices, against $2.5 million a year earlier.',
    ],
    expect: [
      o('$46.3 million', 46.3e6),
      o('$64.8 million', 64.8e6),
      o('$13.1\nmillion', 13.1e6),
      o('$2.5 million', 2.5e6),
    ],
  },
];
