import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://web3africa.news/2022/04/24/news/peer-to-peer-bitcoin-trading/',
    lang: 'en',
    tags: ['prose'],
    title: 'Peer-to-peer bitcoin trading in Africa',
    blocks: [
      'From January to March 2021, Nigeria’s trading volume passed $99.1 million, with Kenya second at $38.4 million, Ghana third at $27.4 million and South Africa fourth at $25.8 million. In 2020 Nigeria’s bitcoin trade volume was $309 million, beating South Africa’s earlier record of $98.4 million.',
    ],
    expect: [
      o('$99.1 million', 99.1e6),
      o('$38.4 million', 38.4e6),
      o('$27.4 million', 27.4e6),
      o('$25.8 million', 25.8e6),
      o('$309 million', 309e6),
      o('$98.4 million', 98.4e6),
    ],
  },
];
