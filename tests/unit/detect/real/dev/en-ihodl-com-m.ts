import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ihodl.com/infographics/2018-02-01/chart-day-cost-mine-1-bitcoin/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Chart of the Day: The Cost to Mine 1 Bitcoin',
    blocks: [
      'Chart of the Day: The Cost to Mine 1 Bitcoin',
      'The cheapest place on earth to mine Bitcoin is Venezuela, where the process costs only about $531. Trinidad and Tobago comes second at $1,190. Uzbekistan is third, at a noticeably higher cost of almost $1,788 to mine a single Bitcoin.',
      'At the other end sits South Korea, the most expensive country for mining, where it costs a whopping $26,170. For comparison, mining 1 Bitcoin will cost $4,675 in Russia.',
    ],
    expect: [c('$531', 531), c('$1,190', 1190), c('$1,788', 1788), c('$26,170', 26170), c('$4,675', 4675)],
  },
];
