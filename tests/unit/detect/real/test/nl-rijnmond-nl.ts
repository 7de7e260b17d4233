import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rijnmond.nl/nieuws/162314/Bitcoin-rijgt-mijlpalen-aaneen',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin rijgt mijlpalen aaneen',
    blocks: [
      'De bitcoin raast steeds sneller langs de koersmijlpalen. Donderdag bereikte de virtuele munt voor het eerst de 15.000 dollar.',
      "Eind vorige maand was de grens van 10.000 dollar nog groot nieuws. Begin dit jaar kostte een bitcoin nog zo'n 1000 dollar.",
    ],
    expect: [p('15.000 dollar', 15000), p('10.000 dollar', 10000), p('1000 dollar', 1000)],
  },
];
