import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bestbrokers.com/2024/05/21/bitcoin-power-dynamics-the-ridiculous-amounts-of-electrical-energy-used-to-mine-1-bitcoin-in-2024-just-doubled-recently/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title:
      'Bitcoin Power Dynamics: The ridiculous amounts of electrical energy used to mine 1 Bitcoin in 2024 just doubled recently',
    blocks: [
      'US facilities account for 37.9% of global output, or 145.6 million kWh a day, yielding only 170.41 BTC per 24 hours. At the US average business rate of $0.1281 per kWh (February 2024, eia.gov), that is $18.65M a day on electricity alone.',
    ],
    expect: [o('$0.1281 per kWh', 0.1281), o('$18.65M', 18.65e6)],
  },
];
