import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.indexuniverse.eu/de/bitcoin-trader-erfahrungen-new/steuern/',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin Trader Steuern',
    blocks: [
      'Der Bitcoin-Handel ist nach § 23 EStG als privates Veräußerungsgeschäft einzustufen. Festgelegt ist eine Freigrenze von 600 Euro im Jahr.',
    ],
    expect: [o('600 Euro', 600, 'EUR')],
  },
];
