import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptospaarbv.pages.dev/kennisbank/vermogensaanwasbelasting-2028',
    lang: 'nl',
    tags: ['change', 'format'],
    title: 'Wat is de vermogensaanwasbelasting?',
    blocks: [
      {
        heading: 'Hoe werkt het in de praktijk?',
        text: 'Stel: op 1 januari 2028 heb je Bitcoin ter waarde van €100.000, en op 31 december 2028 is dat €160.000. Je koerswinst is dan €60.000.',
      },
      {
        heading: 'Hoe werkt het in de praktijk?',
        text: 'Na aftrek van het heffingsvrij rendement (€1.800) wordt dat (€60.000 − €1.800) × 36% = €20.952 aan belasting op een papieren winst.',
      },
    ],
    expect: [
      o('€100.000', 100000, 'EUR'),
      o('€160.000', 160000, 'EUR'),
      o('€60.000', 60000, 'EUR'),
      o('€1.800', 1800, 'EUR'),
      o('€60.000', 60000, 'EUR'),
      o('€1.800', 1800, 'EUR'),
      o('€20.952', 20952, 'EUR'),
    ],
  },
];
