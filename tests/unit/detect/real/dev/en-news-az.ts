import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.az/news/bitcoin-etfs-see-record-outflows-as-crypto-market-weakens',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin ETFs see record outflows as crypto market weakens',
    blocks: [
      'Bitcoin dropped as low as $80,553 on Friday before clawing back some ground over the weekend. It was trading at $85,951 as of 6:12 a.m. in New York on Monday, still down 8% for the year.',
      'Citi Research put a number on the feedback loop: for every $1 billion pulled from Bitcoin ETFs, prices fall roughly 3.4%. Citi’s Alex Saunders recently set a bear-case target of $82,000 for year-end, assuming no inflows at all.',
      'Friday also brought record trading volume of $11.5 billion in the Bitcoin ETFs, Bloomberg data show. BlackRock’s IBIT alone made up $8 billion and saw outflows of $122 million.',
    ],
    expect: [
      p('$80,553', 80553),
      p('$85,951', 85951),
      o('$1 billion', 1e9),
      p('$82,000', 82000),
      o('$11.5 billion', 11.5e9),
      o('$8 billion', 8e9),
      o('$122 million', 122e6),
    ],
  },
];
