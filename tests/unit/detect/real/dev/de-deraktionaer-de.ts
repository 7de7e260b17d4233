import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://deraktionaer.de/artikel/aktien/bitcoin-gespielter-witz-20225377.html',
    lang: 'de',
    tags: ['prose', 'format'],
    blocks: [
      'Der Bitcoin ist die klare Nummer 1 am Kryptomarkt, doch zumindest in der Vorwoche hat ihm die Parodie Dogecoin den Rang abgelaufen. Daran hat auch Elon Musk seinen Anteil.',
      'Sie finden die Kursentwicklung des Bitcoin über den Jahreswechsel verrückt? Dann sehen Sie sich an, was bei der Kryptowährung Dogecoin in der letzten Woche los war! Binnen weniger Stunden schoss der Kurs um mehr als 900 Prozent nach oben. Fast acht Cent kostete ein DOGE am Freitag in der Spitze – Allzeithoch. Mit einer Marktkapitalisierung von knapp zehn Milliarden Dollar gehörte Dogecoin zeitweise zu den zehn größten Kryptowährungen der Welt. Zum Vergleich: Ende Dezember reichte es mit einer Market Cap von rund 600 Millionen Dollar noch nicht einmal für die Top 50.',
    ],
    expect: [
      o('acht Cent', 0.08),
      o('zehn Milliarden Dollar', 10000000000),
      o('600 Millionen Dollar', 600000000),
    ],
  },
];
