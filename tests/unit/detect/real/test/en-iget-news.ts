import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://iget.news/index.php/2025/05/11/bitcoins-return-above-100k-triggers-largest-short-squeeze-since-2021',
    lang: 'en',
    tags: ['prose', 'label-value'],
    title: 'Bitcoin’s return above $100K triggers largest short squeeze since 2021',
    blocks: [
      {
        heading: 'Key Takeaways',
        text: '- Almost $1 billion of crypto positions were liquidated in 24 hours.',
      },
      {
        heading: 'Key Takeaways',
        text: '- Bitcoin broke above $100,000 for the first time in months on upbeat trade news.',
      },
      'Bitcoin briefly crossed the $100,000 mark for the first time since February, and Ethereum jumped past $2,100, clearing a major resistance level.',
      'Coinglass data show $964 million of crypto futures were liquidated in 24 hours, $834 million of it from shorts. Bitcoin alone made up $416 million, including a single $11.97 million BTC/USDT liquidation on Binance. Total crypto market value jumped to $3.3 trillion.',
      'At the time of writing, BTC was trading at around $102,000.',
    ],
    expect: [
      o('$1 billion', 1e9),
      p('$100,000', 100000),
      p('$100,000', 100000),
      o('$2,100', 2100),
      o('$964 million', 964e6),
      o('$834 million', 834e6),
      o('$416 million', 416e6),
      o('$11.97 million', 11.97e6),
      o('$3.3 trillion', 3.3e12),
      p('$102,000', 102000),
    ],
  },
];
