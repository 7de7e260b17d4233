import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.jens-schendel.com/kann-der-bitcoin-seinen-dauersturzflug-noch-abfangen/',
    lang: 'de',
    tags: ['prose', 'change', 'format'],
    title: 'Kann der Bitcoin seinen Dauersturzflug noch abfangen?',
    blocks: [
      'Der Bitcoin, die bekannteste und älteste Cryptocurrency, ist vor kurzem unter die 400 USD-Marke gefallen – eine frühere Preisuntergrenze, die manche als Bollwerk gegen weiteren Preisdruck betrachtet hatten. Aktuell notiert der Bitcoin bei 338,83 USD, in den letzten 24 Stunden fiel er dabei um 29,06 USD – also rund 7,9 Prozent. Von seinem Allzeithoch hat er sich um 70 Prozent nach unten verabschiedet.',
      'Der Kursverlust schmerzt nicht nur jene, die den Bitcoin aus Spekulationsgründen halten. Die Miner, die weltweit massiv in die Infrastruktur des Netzwerks investiert haben, sehen ihr Einkommen stark schrumpfen. Nach Blockchain.info sind die Umsätze des Bitcoin-Bergbaus von einem Hoch bei mehr als 5 Millionen USD pro Tag auf heute unter 1.5 Mio gefallen – obwohl das Mining selbst immer schwieriger wird.',
    ],
    expect: [p('400 USD', 400), p('338,83 USD', 338.83), o('29,06 USD', 29.06), o('5 Millionen USD', 5e6)],
  },
];
