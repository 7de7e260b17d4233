import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btccusa.com/en-US/square/Bitcoinist/344167',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Cathie Wood’s $1.5M Bitcoin Bombshell: Ark Invest CEO Doubles Down on Crypto Megabull Case',
    blocks: [
      'Cathie Wood’s $1.5M Bitcoin Bombshell: Ark Invest CEO Doubles Down on Crypto Megabull Case',
      'Ark Invest CEO Cathie Wood is betting that Bitcoin breaks through $1.5 million by 2030. The bull case: institutional allocations could lift BTC’s market cap to $30 trillion.',
      'In a CNBC interview, Wood said Ark’s base case has Bitcoin at a price target of $700,000 – $750,000 by 2030, with the potential to trade as $1.5 million in a bull case.',
    ],
    expect: [
      p('$1.5M', 1.5e6),
      p('$1.5 million', 1.5e6),
      o('$30 trillion', 30e12),
      p('$700,000', 700000),
      p('$750,000', 750000),
      p('$1.5 million', 1.5e6),
    ],
  },
];
