import { o, type RealCase } from '../labels';

// Blog-platform repost of a market note: a liquidation total right after "the price of bitcoin".
export const cases: RealCase[] = [
  {
    url: 'https://tipmeacoffee.com/post/xavier/bitcoin-traders-hit-by-usd210-million-of-long-liquidations-on-friday',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin traders hit by $210 million of long liquidations on Friday',
    blocks: [
      'When the price of bitcoin turned lower on Friday it caught traders off guard, wiping out $210 million of long positions.',
    ],
    expect: [o('$210 million', 210e6)],
  },
];
