import { o, type RealCase } from '../labels';

// Dark Fiber Mines repost of Hashrate Index's Q3 2022 mining report: "cost to produce 1 BTC" is named
// but never quantified; the amounts are hashprice per day and power prices per MWh (all other).
export const cases: RealCase[] = [
  {
    url: 'https://darkfibermines.com/?p=317272',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Bitcoin miner capitulation could be in sight should the Bitcoin price crash further, with miners already having a tough Q3',
      'Low hash price and soaring energy prices made Q3 very hard for Bitcoin miners. Hashrate Index’s latest Q3 mining report points to several factors behind a much lower hash price and a higher cost to produce 1 BTC. Q3’s average hashprice was $92.70/day vs. Q2’s average of $141.20/day (-34%).',
      {
        heading: 'Soaring costs, declining profits',
        text: 'US miners have faced a 25% jump in average industrial electricity costs, from $75.20 a megawatt hour to $94.30 per megawatt hour. With power bills swelling and hashprice crumbling, the cost to produce 1 BTC has risen sharply since last year.',
      },
    ],
    expect: [o('$92.70', 92.7), o('$141.20', 141.2), o('$75.20', 75.2), o('$94.30', 94.3)],
  },
];
