import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://brotbackautomat-test.eu/der-preis-von-bitcoin-faellt-unter-30-000-us-dollar',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Der Preis von Bitcoin fällt unter 30.000 US-Dollar',
    blocks: [
      'Der Preis von Bitcoin fällt unter 30.000 US-Dollar',
      'Der Preis für Bitcoin fiel in der Nacht von Donnerstag auf Freitag zum ersten Mal seit Wochen unter die Marke von 30.000 USD auf 29.000 USD.',
      'Der Preis der bekanntesten Kryptowährung droht nach Monaten des Anstiegs weiter zu fallen.',
      'Vor zwei Wochen erreichte Bitcoin mit über 41.000 US-Dollar sein Allzeithoch.',
      'Bitcoin wurde Anfang 2009 eingeführt und war damals nur wenige Cent wert. Ende 2017 erreichte der Preis fast 20.000 USD, bevor er Mitte 2018 auf 4.000 USD zurückfiel.',
    ],
    expect: [
      p('30.000 US-Dollar', 30000),
      p('30.000 USD', 30000),
      p('29.000 USD', 29000),
      p('41.000 US-Dollar', 41000),
      p('20.000 USD', 20000),
      p('4.000 USD', 4000),
    ],
  },
];
