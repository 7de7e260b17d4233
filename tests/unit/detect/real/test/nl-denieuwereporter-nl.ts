import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://denieuwereporter.nl/de-bitcoin-koers-explodeert-wat-te-doen/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'De bitcoin koers explodeert: wat te doen?',
    blocks: [
      'De bitcoin koers explodeert en schiet alle kanten op. Vannacht ging hij de 44.000 dollar voorbij, inmiddels is hij teruggezakt naar 43.600 dollar. De grote vraag is waar dit eindigt.',
      'De 44.000 dollar is…',
    ],
    expect: [p('44.000 dollar', 44000), p('43.600 dollar', 43600), p('44.000 dollar', 44000)],
  },
];
