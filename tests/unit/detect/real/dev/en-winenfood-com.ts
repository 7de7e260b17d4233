import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://winenfood.com/why-the-btc-price-now-varies-by-exchange',
    lang: 'en',
    tags: ['forum', 'change', 'format'],
    blocks: [
      'I still remember the feeling. It was 2017, and I’d just bought my first slice of Bitcoin. Then I made the mistake of opening a different crypto tracking app. My heart sank. The price it showed was nearly $200 higher than what I had just paid.',
    ],
    expect: [o('$200', 200)],
  },
  {
    url: 'https://winenfood.com/explaining-bitcoin-price-differences-by-exchange',
    lang: 'en',
    tags: ['forum', 'change', 'format'],
    blocks: [
      'I still remember the first time I really looked at the crypto markets. It was 2017. I had a browser tab open for Coinbase and another for a different exchange, and the price of Bitcoin wasn’t the same. It was off by nearly a hundred dollars.',
      'Imagine you want to buy the best local honey. At the huge city market downtown the price is very stable. A jar costs around $10, give or take a few cents.',
    ],
    expect: [o('a hundred dollars', 100), o('$10', 10)],
  },
];
