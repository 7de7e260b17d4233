import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://investment-policy.com/?p=294043',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Difficulty Regression Model Puts Mining Cost At $57,200',
    blocks: [
      'On-chain data suggest Bitcoin miners may be under strain, with the price nearing their operating break-even level.',
      'Bitcoin Difficulty Regression Model Puts Mining Cost At $57,200',
      'In a post on X, analyst Checkmate discussed the miners’ position, citing the Difficulty Regression Model, which estimates what these validators spend on average to mine one token of the asset.',
    ],
    expect: [c('$57,200', 57200)],
  },
];
