import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fondsprofessionell.at/news/zahl-tweet-des-tages/headline/zahl-des-tages-9000-209613/',
    lang: 'de',
    tags: ['change', 'prose'],
    title: 'Zahl des Tages: 9.000',
    blocks: [
      'Zahl des Tages: 9.000',
      'Am Dienstagmorgen stieg Bitcoin mit 52.600 US-Dollar zeitweise auf den höchsten Kurs seit vier Monaten – und brach kurz darauf massiv ein. Wegen Gewinnmitnahmen sackte der Kurs der größten Kryptowährung am Nachmittag um fast 19 Prozent ab und fiel zwischenzeitlich sogar unter die Marke von 43.000 Dollar, berichtet „Cointelegraph Markets Pro“. Binnen weniger Stunden hat Bitcoin so mehr als 9.000 Dollar an Wert verloren.',
    ],
    expect: [p('52.600 US-Dollar', 52600), p('43.000 Dollar', 43000), o('9.000 Dollar', 9000)],
  },
  {
    url: 'https://www.fondsprofessionell.at/news/zahl-tweet-des-tages/headline/zahl-des-tages-39774-212612/',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Zahl des Tages: 39.774',
    blocks: [
      'Zahl des Tages: 39.774',
      'Zum Start des US-Handels am vergangenen Montag gab der Bitcoin-Kurs zeitweise um bis zu sechs Prozent auf 39.774 US-Dollar nach – und fiel damit erstmals seit September unter die 40.000-Dollar-Marke. Seit Jahresbeginn summieren sich die Verluste auf knapp 14 Prozent.',
    ],
    expect: [p('39.774 US-Dollar', 39774), p('40.000-Dollar', 40000)],
  },
];
