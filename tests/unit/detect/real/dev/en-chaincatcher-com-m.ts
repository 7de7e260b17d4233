import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://chaincatcher.com/en/article/2132772',
    lang: 'en',
    tags: ['prose', 'cost'],
    title: 'Cryptocurrency market crash: How much does mining cost affect the price floor of BTC?',
    blocks: [
      'Cryptocurrency market crash: How much does mining cost affect the price floor of BTC?',
      'Editor’s Note: The crypto market slumped again last week, with Bitcoin briefly falling below $55,000. Mining cost is a key reference for where Bitcoin goes: as it falls, more and more machine series hit their shutdown prices, which can mark a "local bottom."',
    ],
    expect: [p('$55,000', 55000)],
  },
];
