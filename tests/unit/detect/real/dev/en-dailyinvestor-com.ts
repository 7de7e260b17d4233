import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dailyinvestor.com/business/44333/bitcoin-hits-r1-million-nears-rand-all-time-high/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin hits R1 million – nears rand all-time high',
    blocks: [
      'Bitcoin hits R1 million – nears rand all-time high',
      'Bitcoin reached the R1 million milestone on South Africa’s main crypto exchanges early on Thursday, close to its rand all-time high of R1.04 million.',
      'The price has since eased to just under R1 million, at R988,645 when this was published. In dollar terms, though, Bitcoin trades around $52,000 – still some way below its dollar all-time high of $65,000.',
      'The US Bitcoin ETFs have drawn over $34 billion since the SEC approved them on January 10, and Bitcoin’s market capitalisation passed $1 trillion yesterday.',
    ],
    expect: [
      p('R1 million', 1e6, 'ZAR'),
      p('R1 million', 1e6, 'ZAR'),
      p('R1.04 million', 1.04e6, 'ZAR'),
      p('R1 million', 1e6, 'ZAR'),
      p('R988,645', 988645, 'ZAR'),
      p('$52,000', 52000),
      p('$65,000', 65000),
      o('$34 billion', 34e9),
      o('$1 trillion', 1e12),
    ],
  },
];
