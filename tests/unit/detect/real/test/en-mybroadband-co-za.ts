import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mybroadband.co.za/news/cryptocurrency/525145-bitcoin-hits-r1000000.html',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin hits R1,000,000',
    blocks: [
      'Bitcoin hits R1,000,000',
      'Bitcoin’s value went through R1 million on South Africa’s big crypto exchanges in the early hours of Thursday.',
      'It last reached these levels on 8 November 2021, when in dollar terms it traded at over $66,000 per bitcoin. Later that month it hit an all-time high of $69,000.',
      'Bitcoin now trades at $52,500, well below November 2021. On 8 November 2021 the rand was around R15.20 to the dollar; today it is over R19.',
      'The ETFs have drawn over $34 billion since the SEC approved them on 10 January. Bitcoin’s market capitalisation passed $ 1 trillion yesterday.',
    ],
    expect: [
      p('R1,000,000', 1e6, 'ZAR'),
      p('R1 million', 1e6, 'ZAR'),
      p('$66,000', 66000),
      p('$69,000', 69000),
      p('$52,500', 52500),
      o('R15.20', 15.2, 'ZAR'),
      o('R19', 19, 'ZAR'),
      o('$34 billion', 34e9),
      o('$ 1 trillion', 1e12),
    ],
  },
];
