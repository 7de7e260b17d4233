import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.newsbreak.com/news/2666322536039/expert-ratings-for-charles-schwab',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'JPMorgan: Bitcoin production cost falls',
    blocks: [
      'JPMorgan Chase & Co. JPM analysts reckon Bitcoin’s BTC/USD cost of production has dropped to $13,000 from $24,000 in June.',
    ],
    expect: [c('$13,000', 13000), c('$24,000', 24000)],
  },
];
