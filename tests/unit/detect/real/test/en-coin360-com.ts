import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coin360.com/coin/tether-usdt/widgets',
    lang: 'en',
    tags: ['prose', 'change'],
    title: 'Tether (USDT) price and widgets',
    blocks: [
      'Tether (USDT) trades live today at 1.0057 USD. With 120,576,741,184.33 USDT in circulation, its market capitalization is 121,268,047,235 USD. Over the last 24 hours the USDT price moved 0.0032 USD, or 0.00%, while 5,762,771,456 USD worth of USDT changed hands across exchanges. That valuation ranks USDT #3 by market capitalization.',
      'Launched in 2014, Tether (USDT) is a stablecoin pegged to the U.S. Dollar. USDT tokens are minted on several leading blockchains, including Algorand, Avalanche, Bitcoin, Ethereum, Polygon, Solana and TRON.',
    ],
    expect: [
      o('1.0057 USD', 1.0057),
      o('121,268,047,235 USD', 121268047235),
      o('0.0032 USD', 0.0032),
      o('5,762,771,456 USD', 5762771456),
    ],
  },
];
