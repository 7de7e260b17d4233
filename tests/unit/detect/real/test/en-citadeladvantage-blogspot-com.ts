import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://citadeladvantage.blogspot.com/2017/12/bitcoin.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin',
    blocks: [
      'Bitcoin’s price hovered around its record of about $20,000 as it started trading on the world’s largest futures exchange. The smooth CME launch came with plenty of warnings about speculative valuations. A week earlier it had opened on the smaller of Chicago’s futures exchanges.',
    ],
    expect: [p('$20,000', 20000)],
  },
];
