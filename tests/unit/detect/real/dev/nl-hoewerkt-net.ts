import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hoewerkt.net/hoe-werkt-belastingaangifte-over-bitcoin-in-nederland/',
    lang: 'nl',
    tags: ['format', 'label-value'],
    title: 'Hoe werkt belastingaangifte over Bitcoin in Nederland?',
    blocks: [
      {
        heading: 'Momentopname: peildatum 1 januari',
        text: 'Heb je op 1 januari 0.5 BTC die €20.000 waard is?',
      },
      {
        heading: 'Momentopname: peildatum 1 januari',
        text: 'Dan telt dat als €10.000 aan vermogen in Box 3.',
      },
      {
        heading: 'Hoeveel belasting betaal je dan?',
        text: 'Je mag €57.000 belastingvrij aan vermogen hebben (of €114.000 als je een fiscaal partner hebt)',
      },
    ],
    expect: [
      o('€20.000', 20000, 'EUR'),
      o('€10.000', 10000, 'EUR'),
      o('€57.000', 57000, 'EUR'),
      o('€114.000', 114000, 'EUR'),
    ],
  },
];
