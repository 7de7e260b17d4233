import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ed.nl/economie/bitcoin-tikt-de-20-000-dollar-aan~af28a04e/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin tikt de 20.000 dollar aan',
    blocks: [
      'Bitcoin tikt de 20.000 dollar aan',
      'De cryptomunt, die eind november pas de grens van de 10.000 dollar passeerde, gaat de laatste tijd flink omhoog en omlaag. Na het bereiken van de 18.000 dollar begin december kwam er een koersval tot 13.000 dollar. Zondagmiddag werd de 20.000 dollar even kort aangetikt. Momenteel zweeft de koers rond de 19.000 dollar.',
      "Steeds meer experts waarschuwen dat bitcoin een bubbel is. ,,Ik zou willen zeggen: steek je dertiende maand niet in bitcoins,'' aldus de AFM.",
    ],
    expect: [
      p('20.000 dollar', 20000),
      p('10.000 dollar', 10000),
      p('18.000 dollar', 18000),
      p('13.000 dollar', 13000),
      p('20.000 dollar', 20000),
      p('19.000 dollar', 19000),
    ],
  },
];
