import { o, p, type RealCase } from '../labels';

const tile = (name: string, price: string, change: string) => [
  name,
  { text: price, row: name },
  { text: change, row: name },
];

export const cases: RealCase[] = [
  {
    url: 'https://androidetvous.com/?p=1197',
    lang: 'fr',
    tags: ['widget', 'label-value'],
    title: 'Cours Bitcoin (BTC-EUR) & Evolution en temps réel',
    blocks: [
      'Cours cryptomonnaie',
      ...tile('Bitcoin', '$98,538.94', 'BTC 0.09%'),
      ...tile('Ethereum', '$3,369.62', 'ETH 1.35%'),
      ...tile('NEO', '$14.60', 'NEO 9.99%'),
      ...tile('Waves', '$1.57', 'WAVES 3.67%'),
      ...tile('Monero', '$162.75', 'XMR 1.93%'),
      ...tile('Litecoin', '$102.68', 'LTC 14.66%'),
      'Cours Bitcoin (BTC-EUR) & Evolution en temps réel',
      'Bitcoin est la première monnaie virtuelle, conçue en 2009, par un créateur resté inconnu. Son nom associe « bit », unité de mesure en informatique, et « coin », la pièce de monnaie en anglais.',
    ],
    expect: [
      p('$98,538.94', 98538.94),
      o('$3,369.62', 3369.62),
      o('$14.60', 14.6),
      o('$1.57', 1.57),
      o('$162.75', 162.75),
      o('$102.68', 102.68),
    ],
  },
];
