import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coin-ratgeber.de/bitcoin-euro-kurs',
    lang: 'de',
    tags: ['widget', 'label-value', 'format'],
    title: 'Was ist der aktuelle Bitcoin Kurs?',
    blocks: [
      'Bitcoin Kurs (BTC)',
      { heading: 'Tägliche Statistiken', text: '1.802.761.343.613 €' },
      { heading: 'Tägliche Statistiken', text: '1' },
      { heading: 'Tägliche Statistiken', text: '40.432.512.510 €' },
    ],
    expect: [o('1.802.761.343.613 €', 1802761343613, 'EUR'), o('40.432.512.510 €', 40432512510, 'EUR')],
  },
];
