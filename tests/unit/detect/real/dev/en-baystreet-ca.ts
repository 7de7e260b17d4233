import { o, type RealCase } from '../labels';

// "Bitcoin rival ethereum" after the GDAX flash crash: all levels are ether's, on a page that names bitcoin.
const url = 'http://baystreet.ca/articles.aspx?id=38032';
const title = 'Bitcoin Rival Ethereum Plunges';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Bitcoin rival ethereum plunged Monday despite a major exchange’s efforts to shore up confidence by announcing a credit for customers who lost money during last week’s flash crash.',
      'Ethereum, also known as ether, traded 20.9% lower at $239.63 Monday afternoon.',
    ],
    expect: [o('$239.63', 239.63)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Last Wednesday, ethereum briefly plunged in a flash crash from above $300 to 10 cents on Coinbase’s GDAX exchange.',
      'An unsubstantiated rumor Sunday that ethereum’s founder Vitalik Buterin had died also reportedly hit ethereum’s price for a brief period. Ethereum fell from around $329 to a low of $284 Sunday before recovering.',
    ],
    expect: [o('$300', 300), o('10 cents', 0.1), o('$329', 329), o('$284', 284)],
  },
];
