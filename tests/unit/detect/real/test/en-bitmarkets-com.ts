import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitmarkets.com/en/insights/article/bitcoin-price-rockets-in-nigeria',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin price rockets in Nigeria',
    blocks: [
      'One Bitcoin (BTC) in Nigeria now costs the equivalent of $38,000 in the local currency, the naira. That is a premium of more than 60% over global markets, where one BTC goes for slightly above $23,000 as this is written.',
    ],
    expect: [p('$38,000', 38000), p('$23,000', 23000)],
  },
];
