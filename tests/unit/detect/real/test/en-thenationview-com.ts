import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thenationview.com/cryptocurrency/239084.html',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'JP Morgan, one of the largest banks in the world, is concerned about the future of Bitcoin miners, because the reward was halved from 6.25 to 3.125 BTC per block.',
      'According to JP Morgan analysts, the average cost of producing 1 bitcoin is around $45,000. At the time of writing, Bitcoin is trading at 66,800, which still leaves several miners with a good profit margin.',
      '“The current hash rate and energy consumption place our central estimate of the cost of producing bitcoin at around $45,000, which is well below current prices.” said JP Morgan.',
    ],
    expect: [c('$45,000', 45000), c('$45,000', 45000)],
  },
];
