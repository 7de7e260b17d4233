import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.zerohedge.com/news/2017-03-07/bitcoin-crashes-back-below-gold-china-chatter',
    lang: 'en',
    tags: ['change', 'prose'],
    title: 'Bitcoin Crashes Back Below Gold On China Chatter',
    blocks: [
      'Bitcoin Crashes Back Below Gold On China Chatter',
      'After three days above the price of an ounce of gold, Bitcoin prices crashed overnight, down over $120 in just a few hours, after Bloomberg headlines quoted Chinese officials saying Bitcoin regulation is not temporary.',
    ],
    expect: [o('$120', 120)],
  },
];
