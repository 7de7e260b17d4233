import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitlyfool.com/?p=361113',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'CoinShares projects the average cost of production for crypto miners post-halving at $37,856 per Bitcoin.',
      'Bitcoin mining firms Riot, TeraWulf, and CleanSpark are the best-positioned within the industry to handle the significant cost increases expected following the Bitcoin halving event in April, according to analysis by asset manager CoinShares.',
      'As a result of halving, CoinShares predicts that the cost of production and cash costs will increase from approximately $16,800 and $25,000 per Bitcoin in the third quarter of 2023 to $27,900 and $37,800, respectively. The average cost of production post-halving for crypto miners is projected to be $37,856.',
    ],
    expect: [
      c('$37,856', 37856),
      c('$16,800', 16800),
      c('$25,000', 25000),
      c('$27,900', 27900),
      c('$37,800', 37800),
      c('$37,856', 37856),
    ],
  },
];
