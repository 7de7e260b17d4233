import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://preview.sosovalue.com/research/1867603912589590528',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      "CoinShares' Q3 Bitcoin Mining Report shows that the weighted average cash cost for publicly traded miners to produce one Bitcoin has risen to approximately $55,950, an increase of 13% compared to Q2, with total costs (including non-cash costs) around $106,000. Although the current Bitcoin price is $100,000, mining remains profitable; however, the rapid growth of network hash rate and some miners diverting funds to AI infrastructure or adopting HODL strategies have weakened the growth in hash rate and increased costs.",
    ],
    expect: [c('$55,950', 55950), c('$106,000', 106000), p('$100,000', 100000)],
  },
];
