import { o, p, type RealCase } from '../labels';

const url = 'https://www.blockchainstories.de/?p=100582';
const title = 'Bitcoin Pizza Day: Rekordhoch von 111.440 $';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Vor fünfzehn Jahren bezahlte ein Programmierer zwei Pizzen mit 10.000 Bitcoin. Heute wären diese Pizzen mehr als eine Milliarde US-Dollar wert. Die Community feiert den Bitcoin Pizza Day – und in diesem Jahr fällt er mit einem neuen Rekordhoch von 111.440 $ zusammen.',
    ],
    expect: [o('eine Milliarde US-Dollar', 1e9), p('111.440 $', 111440)],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Milliarden-Dollar-Pizzen',
      'Am 22. Mai 2010 zahlte Laszlo Hanyecz 10.000 BTC für zwei Pizzen, die erste bekannte kommerzielle Transaktion mit Bitcoin. Wer heute 10.000 BTC besitzt, hält über 1,1 Milliarden US-Dollar – kein schlechter Tausch für ein paar Pepperoni-Pizzen.',
    ],
    expect: [o('1,1 Milliarden US-Dollar', 1.1e9)],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'change', 'format'],
    title,
    blocks: [
      'Von 76.000 $ auf 111.000 $ in sechs Wochen',
      'Seit dem 9. April 2025 ist der Bitcoin-Kurs um fast 46 % gestiegen – von 76.273 $ auf über 111.000 $. Davor pendelte BTC in einer Konsolidierungsphase um die Marke von 80.000 $. Mit dem Durchbruch über 100.000 $ liegt das tägliche Handelsvolumen bei über 84 Milliarden US-Dollar.',
    ],
    expect: [
      p('76.000 $', 76000),
      p('111.000 $', 111000),
      p('76.273 $', 76273),
      p('111.000 $', 111000),
      p('80.000 $', 80000),
      p('100.000 $', 100000),
      o('84 Milliarden US-Dollar', 84e9),
    ],
  },
  {
    url,
    lang: 'de',
    tags: ['forum', 'format'],
    title,
    blocks: [
      'CZ teilt eine Lektion',
      'Der Binance-Gründer schrieb auf X: „Feel sorry for those who sold at $77k. Remember to look at a yearly chart instead of a 1 minute chart once in a while.“',
    ],
    expect: [p('$77k', 77000)],
  },
];
