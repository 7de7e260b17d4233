import { p, type RealCase } from '../labels';

// News aggregator copy of an analyst forecast: the target sits in a heading and again in a sentence
// that says "the price of BTC" as "the $150,000 mark".
export const cases: RealCase[] = [
  {
    url: 'http://www.localnewswave.com/article/983893500931436544',
    lang: 'en',
    tags: ['prose'],
    title: 'How Bitcoin Price Could Run Up To $150,000',
    blocks: [
      'After a dull start to June, Bitcoin holders are left asking where the largest cryptocurrency goes next, and analysts are once again offering a view.',
      'How Bitcoin Price Could Run Up To $150,000',
      'In a post on X, Chartered Market Technician Tony Severino argued that the price of BTC could climb as high as the $150,000 mark in its next bullish leg, citing a bull flag on the daily chart.',
    ],
    expect: [p('$150,000', 150000), p('$150,000', 150000)],
  },
];
