import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitpapa.com/blog/how-to/how-much-is-bitcoin-in-naira-btc-to-ngn-exchange-rate',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'How Much Is Bitcoin in Naira | BTC to NGN - Exchange Rate',
    blocks: [
      {
        heading: 'BTC to NGN Exchange Rates',
        text: 'Agree with it or not, the CBN says one American dollar is currently worth 433.4 NGN. If you cannot actually buy dollars at that rate, that is your problem, not the central bank’s.',
      },
    ],
    expect: [o('one American dollar', 1), o('433.4 NGN', 433.4, 'NGN')],
  },
];
