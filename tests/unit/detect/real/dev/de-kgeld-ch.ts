import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kgeld.ch/artikel/artikeldetail/kryptowaehrungen-anlagen-nur-fuer-spekulanten',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Kryptowährungen: Anlagen nur für Spekulanten',
    blocks: [
      "Der Bitcoin-Kurs ist in den letzten Jahren wild geschwankt: 2020 war ein Bitcoin gut 5200 US-Dollar wert, dieses Jahr stieg der Kurs zeitweise auf gut 73'100 US-Dollar (Grafik).",
    ],
    expect: [p('5200 US-Dollar', 5200), p("73'100 US-Dollar", 73100)],
  },
  {
    url: 'https://kgeld.ch/artikel/artikeldetail/bitcoins-riskante-spielerei-im-internet',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoins: Riskante Spielerei im Internet',
    blocks: [
      'Noch ist Bitcoin eine Randerscheinung. In der Stadt Zug dürfen Einwohner seit Juli 2016 Gebühren bis 200 Franken in Bitcoins begleichen.',
      'Der Kurs von Bitcoin gegenüber dem Schweizer Franken schwankt enorm. Ein Beispiel: Am 15. März 2017 kostete ein Bitcoin 1266 Franken. Bis Ende März fiel er auf 1045 Franken, am 17. Mai stand er bei 1807 Franken.',
    ],
    expect: [
      o('200 Franken', 200, 'CHF'),
      p('1266 Franken', 1266, 'CHF'),
      p('1045 Franken', 1045, 'CHF'),
      p('1807 Franken', 1807, 'CHF'),
    ],
  },
];
