import { c, o, p, type RealCase } from '../labels';

const url =
  'http://business.pawtuckettimes.com/pawtuckettimes/article/gnwcq-2024-1-5-iris-energy-announces-monthly-investor-update-for-december-2023';
const title = 'Iris Energy Announces Monthly Investor Update for December 2023';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'table', 'format'],
    title,
    blocks: [
      'Key Highlights1',
      'Key metrics2Dec-23\nAverage operating hashrate (PH/s)5,576\nBitcoin mined399\nMining revenue (US$’000)17,174\nElectricity costs (US$’000)35,926\nRevenue per Bitcoin (US$)43,056\nElectricity costs per Bitcoin (US$)14,858',
      '• Acquisition of 1.6 EH/s of new-generation Bitmain T21 miners for $14/TH4 during the month, increasing self-mining capacity to 10 EH/s',
    ],
    expect: [o('17,174', 17174000), o('35,926'), p('43,056', 43056), c('14,858', 14858), o('$14', 14)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Mining capacity increased to 10 EH/s',
      'On December 15, 2023, the Company announced the acquisition of 1.6 EH/s of new-generation Bitmain T21 miners for $14/TH4 ($22.3 million), payable in progressive instalments.',
    ],
    expect: [o('$14', 14), o('$22.3 million', 22300000)],
  },
];
