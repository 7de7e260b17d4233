import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gatenode.pro/post/status/4140853',
    lang: 'en',
    tags: ['prose', 'format', 'forum'],
    title: 'Bitcoin third quarter mining report',
    blocks: [
      '🎉 The #CandyDrop Futures Challenge is live — join now to share a 6 BTC prize pool!',
      '📢 Post your futures trading experience on Gate Square with the event hashtag — $25 × 20 rewards are waiting!',
      '🎁 $500 in futures trial vouchers up for grabs — 20 standout posts will win!',
      { text: 'The hash price is at an all-time low', heading: 'Hash price' },
      'The Bitcoin hash price in USD continued to rise in the third quarter of 2023, with Bitcoin reaching a one-year high of just over $30,000 during the quarter, which brought its average price to $28,100 in Q3 ($26,350 in the first three quarters of 2023).',
      'However, while the dollar-denominated hash price was above $70/PH/DAY in the first half of the quarter, it fell below $70/PH/DAY in August and has been trending towards all-time lows ever since (at the time of writing it is just below $60/PH/DAY, near the all-time low of $55/PH/DAY).',
      'The hash price in September was $61.71/PH/day, similar to the average in December 2022 ($61.94/PH/day).',
    ],
    expect: [
      o('$25', 25),
      o('$500', 500),
      p('$30,000', 30000),
      p('$28,100', 28100),
      p('$26,350', 26350),
      o('$70', 70),
      o('$70', 70),
      o('$60', 60),
      o('$55', 55),
      o('$61.71', 61.71),
      o('$61.94', 61.94),
    ],
  },
];
