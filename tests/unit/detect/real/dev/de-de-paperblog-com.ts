import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://de.paperblog.com/wertverfall-bei-bitcoins-mining-lohnt-nicht-mehr-923777',
    lang: 'de',
    tags: ['prose'],
    title: 'Wertverfall bei Bitcoins – Mining lohnt nicht mehr',
    blocks: [
      'Wertverfall bei Bitcoins – Mining lohnt nicht mehr',
      'Der Wertverfall der Digitalwährung Bitcoin im letzten Jahr war gewaltig: Von über 1.000 Dollar pro Bitcoin Ende 2013 sind die digitalen Münzen heute auf ca. 200 Dollar gefallen – ein Verlust von 80 Prozent, der nicht ohne Folgen blieb.',
      'Das Hauptproblem: Das “Schürfen” neuer Bitcoins ist wegen der hohen Kosten für Rechner und Strom beim aktuellen Kurs von ca. 180 Euro pro Bitcoin nicht mehr wirtschaftlich.',
    ],
    expect: [p('1.000 Dollar', 1000), p('200 Dollar', 200), p('180 Euro', 180, 'EUR')],
  },
];
