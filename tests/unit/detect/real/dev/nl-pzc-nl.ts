import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.pzc.nl/economie/waarde-bitcoin-stijgt-meer-dan-50-procent-sinds-dieptepunt~ac4d1ee3/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Waarde bitcoin stijgt meer dan 50 procent sinds dieptepunt',
    blocks: [
      'De munt is daardoor sinds 6 februari ongeveer 57 procent in waarde gestegen volgens Bloomberg. Sinds die periode zakte de bitcoin in een week tijd van 12.000 dollar naar een waarde van iets meer dan 6.000 dollar.',
      'Nadat de munt begin februari zijn slechtste week beleefde sinds december 2013 is de koers langzaam weer opgekrabbeld. Op het hoogtepunt in december werd voor één bitcoin nog ongeveer 20.000 dollar neergeteld.',
    ],
    expect: [p('12.000 dollar', 12000), p('6.000 dollar', 6000), p('20.000 dollar', 20000)],
  },
];
