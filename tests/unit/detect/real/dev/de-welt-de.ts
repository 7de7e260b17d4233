import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.welt.de/finanzen/plus224225900/Bitcoin-Der-wahre-Wert-der-Kryptowaehrung.html',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin: Der wahre Wert der Kryptowährung',
    blocks: [
      'Rund 1000 Prozent Gewinn seit März letzten Jahres, 80 Prozent Plus allein im Dezember: Der Bitcoin-Kurs kennt seit Wochen kein Halten mehr. Ende vergangener Woche sprang er über 40.000 Dollar, fast genau vier Jahre, nachdem er die Hürde von 1000 Dollar genommen hatte.',
    ],
    expect: [p('40.000 Dollar', 40000), p('1000 Dollar', 1000)],
  },
];
