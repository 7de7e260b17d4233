import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dailytoken.net/news/whoa-btc-miners-just-got-a-34-pay-cut-here-s-why-they-re-flirting-with-ai-side-hustles-mc0gg423',
    lang: 'en',
    tags: ['cost', 'prose', 'forum', 'format'],
    title: 'Whoa: BTC miners just got a 34% pay cut — here’s why they’re flirting with AI side hustles',
    blocks: [
      'Heads up! My phone blew up this morning with “Bitcoin Mining Cost Surges Over 34% as Hashrate Hits New Highs.” First thought: weren’t we all just cheering $30k Bitcoin?',
      'Per the BeInCrypto scoop, the average cost to mine one Bitcoin jumped 34% in a single quarter, from roughly $23,300 → $31,200 depending on whose power bill you look at.',
    ],
    expect: [p('$30k', 30000), c('$23,300', 23300), c('$31,200', 31200)],
  },
];
