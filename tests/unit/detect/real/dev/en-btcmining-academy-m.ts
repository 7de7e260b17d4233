import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btcmining.academy/how-much-does-bitcoin-mining-increase-your-electricity-bill/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'How Much Does Bitcoin Mining Increase Your Electricity Bill?',
    blocks: [
      'Power in the United States costs around 13 cents per kilowatt-hour (kWh) on average. A typical ASIC drawing about 1,500 watts around the clock uses roughly 36 kWh a day, or 1,080 kWh a month.',
      'At 13 cents per kWh, that is a monthly bill of around $140 just to run one ASIC miner.',
    ],
    expect: [o('13 cents per kilowatt-hour', 0.13), o('13 cents per kWh', 0.13), o('$140', 140)],
  },
];
