import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://rothmann-ginst.com/2018/01/page/9/',
    lang: 'de',
    tags: ['prose'],
    blocks: [
      'Die Digitalwährung Bitcoin hat sich zuletzt wieder gefangen. Am Dienstag wurde eine Einheit auf der Plattform Bitstamp zuletzt zu 13.600 Dollar gehandelt. Von 1000 Dollar Anfang 2017 war der Bitcoin-Kurs bis Dezember 2017 auf einen Rekordwert von fast 20.000 Dollar geklettert. Anschließend rutschte der Kurs jedoch in Richtung 11.000 Dollar ab. Viele Notenbanker und Fachleute warnen immer wieder vor Investments in die hochspekulative Währung.',
      'Source: Finanzen',
    ],
    expect: [
      p('13.600 Dollar', 13600),
      p('1000 Dollar', 1000),
      p('20.000 Dollar', 20000),
      p('11.000 Dollar', 11000),
    ],
  },
];
