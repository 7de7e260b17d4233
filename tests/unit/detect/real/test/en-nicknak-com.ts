import { p, type RealCase } from '../labels';

// A personal blog's told-you-so: levels only, the coin is "it" after the title.
export const cases: RealCase[] = [
  {
    url: 'http://nicknak.com/so-did-you-buy-bitcoin-when-it-reached-18000/',
    lang: 'en',
    tags: ['forum', 'anaphora'],
    title: 'So did you buy Bitcoin when it reached $18,000',
    blocks: [
      'So did you buy Bitcoin when it reached $18,000',
      'If you did I’m sure you are crying in your beer today. I tried to warn you when it reached $10,000 but did you listen? Noooo!',
      'I said this was all speculation and the bitcoin had no value or support by any entity behind it. The only thing driving the price up was greed. I still think that it will drop back low, probably less than $5,000 since there is nothing to support it. Just now it is about $12,450 down 20% for the day, but people are still buying it.',
    ],
    expect: [p('$18,000', 18000), p('$10,000', 10000), p('$5,000', 5000), p('$12,450', 12450)],
  },
];
