import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://photonews.com.pk/latest-bitcoin-btc-to-pakistani-rupee-pkr-exchange-rates',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Latest Bitcoin (BTC) to Pakistani Rupee (PKR) exchange rates',
    blocks: [
      'On February 7, 2025, Bitcoin (BTC), the leading cryptocurrency, was worth Rs 26,830,123.88 in Pakistani Rupees (approximately Rs 26.83 million).',
      'The market has dipped noticeably: Bitcoin touched a three-week low of $91,441.89 before recovering to $95,730.35 by mid-morning GMT, a 6.2% fall within a day.',
      'Ether, another major cryptocurrency, dropped even more sharply alongside Bitcoin, losing nearly 25% of its value since the previous Friday, its steepest three-day fall since November 2022. Its latest valuation is $2,592.14.',
    ],
    expect: [
      p('Rs 26,830,123.88', 26830123.88, 'PKR'),
      p('Rs 26.83 million', 26.83e6, 'PKR'),
      p('$91,441.89', 91441.89),
      p('$95,730.35', 95730.35),
      o('$2,592.14', 2592.14),
    ],
  },
];
