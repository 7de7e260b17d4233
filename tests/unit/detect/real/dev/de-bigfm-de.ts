import { p, type RealCase } from '../labels';

const url =
  'http://www.bigfm.de/buzzhaltestelle/23713/rekordhoch-bitcoins-kryptowaehrung-klettert-15000-euro';
const title = 'Rekordhoch für Bitcoins: Kryptowährung klettert auf 15.000 Euro';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Rekordhoch für Bitcoins: Kryptowährung klettert auf 15.000 Euro',
      'Gestern knackte die Internetwährung erstmals die Marke von 12.000 Euro. Heute ist sie bereits mehr als 15.000 Euro wert.',
    ],
    expect: [p('15.000 Euro', 15000, 'EUR'), p('12.000 Euro', 12000, 'EUR'), p('15.000 Euro', 15000, 'EUR')],
  },
  {
    url,
    lang: 'de',
    tags: ['prose'],
    title,
    blocks: [
      'Rekordhoch',
      'Noch im Januar 2017 war ein Bitcoin ca. 1000 Euro wert. Am Donnerstag, den 07. Dezember 2017, kletterte die Währung dann auf die Rekordmarke von 15.000 Euro – ein Plus von 1400 Prozent binnen zwölf Monaten.',
    ],
    expect: [p('1000 Euro', 1000, 'EUR'), p('15.000 Euro', 15000, 'EUR')],
  },
];
