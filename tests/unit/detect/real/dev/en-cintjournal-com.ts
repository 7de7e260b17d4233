import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cintjournal.com/the-best-countries-to-mine-bitcoin',
    lang: 'en',
    tags: ['cost', 'anaphora'],
    title: 'The Best Countries to Mine Bitcoin',
    blocks: [
      'The Best Countries to Mine Bitcoin',
      {
        text: 'A striking country with cold weather whose grid runs on hydro and geothermal power, which made it the first choice for Bitcoin miners. Mining here needs no cooling equipment. In 2018 the mining charge for one Bitcoin was about $4,700.',
        heading: 'Iceland',
      },
      {
        text: 'Venezuela struggles with very high inflation, but electricity is state-subsidised, so miners pay very little for power. The mining charge for each Bitcoin in this country is about $500.',
        heading: 'Venezuela',
      },
      {
        text: 'Power in Canada is much cheaper than in most of the world, and the cold climate helps too. The mining charge for each Bitcoin in this country is about $4000.',
        heading: 'Canada',
      },
    ],
    expect: [c('$4,700', 4700), c('$500', 500), c('$4000', 4000)],
  },
];
