import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.ijmuidercourant.nl/algemeen/technologie/article28920788.ece/Koers-bitcoin-hard-omlaag',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Koers bitcoin hard omlaag',
    blocks: [
      'Koers bitcoin hard omlaag',
      'NEW YORK - De koers van de bitcoin is hard gedaald. De virtuele munt bereikte woensdag een recordhoogte, maar verloor donderdag ongeveer een kwart van zijn waarde. Handelaren verkochten massaal om de winst van de afgelopen dagen binnen te halen.',
      'Aan het begin van de dag kostte één bitcoin 1161 dollar (1096 euro), aan het eind nog maar 957 dollar (903 euro). Op een gegeven moment stond de munt zelfs op 889 dollar (839 euro).',
      'In augustus lag de koers onder de 500 dollar en ongeveer twee jaar geleden betaalden mensen minder dan 200 dollar voor een bitcoin.',
    ],
    expect: [
      p('1161 dollar', 1161),
      p('1096 euro', 1096, 'EUR'),
      p('957 dollar', 957),
      p('903 euro', 903, 'EUR'),
      p('889 dollar', 889),
      p('839 euro', 839, 'EUR'),
      p('500 dollar', 500),
      p('200 dollar', 200),
    ],
  },
];
