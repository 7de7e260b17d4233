import { o, p, type RealCase } from '../labels';

// Personal blog of a small holder: buy prices and levels per coin, then "spent $12,000" for what would
// have been two coins, a sum rather than a price.
export const cases: RealCase[] = [
  {
    url: 'http://iboughtabitcoin.com/tag/lessons-learned/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Eating Crypto Crow',
    blocks: [
      'Eating Crypto Crow',
      'I keep thinking about a post I wrote in the fall of 2017 savoring the gains from buying my Bitcoin at $3,900. In hindsight it reads as arrogant, so I should admit that in the winter of 2018 I bought another Bitcoin, but at closer to $12,000.',
      'If you follow crypto prices, you will understand how I saw that $12,000 as a huge "dip" from the December 2017 high of almost $20,000. You will also see that it was no dip at all but a slide that still has not recovered. In spring 2018, prices fell to a little under $6,000 – HALF of what I paid. Currently, Bitcoin is around $9,000, which leaves my second purchase at a clear loss.',
      'Do I regret buying that second Bitcoin? I do wish I had waited to see how far it would drop before committing. I still would have spent $12,000 but I would have gotten 2 instead of just 1.',
    ],
    expect: [
      p('$3,900', 3900),
      p('$12,000', 12000),
      p('$12,000', 12000),
      p('$20,000', 20000),
      p('$6,000', 6000),
      p('$9,000', 9000),
      o('$12,000', 12000),
    ],
  },
];
