import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://futurezone.at/digital-life/bitcoin-steuert-auf-die-10000-dollar-marke-zu/400026349',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin steuert auf die 10.000-Dollar-Marke zu',
    blocks: [
      'Bitcoin steuert auf die 10.000-Dollar-Marke zu',
      'Um den Jahreswechsel erreichten die Kryptowährungen mit dem Bitcoin-Allzeithoch von rund 20.000 Dollar ihren vorläufigen Gipfel. Bald darauf gerieten die Kurse stark unter Druck: Anfang Februar war ein Bitcoin gerade noch 6000 Dollar wert, Anfang April lag der Kurs nach kurzer Erholung erneut unter 7000 Dollar.',
      'Seit einigen Wochen geht es nun stetig aufwärts. Am frühen Morgen stand der Bitcoin-Kurs bei 9700 Dollar. Auch andere Digitalwährungen legten sprunghaft zu: Ethereum übersprang die 700-Dollar-Marke, Ripple näherte sich der 1-Dollar-Marke.',
      'Die Gesamtmarktkapitalisierung, Anfang April noch bei 244 Milliarden Dollar, lag am Mittwochmorgen bei mehr als 430 Milliarden Dollar.',
    ],
    expect: [
      p('10.000-Dollar', 10000),
      p('20.000 Dollar', 20000),
      p('6000 Dollar', 6000),
      p('7000 Dollar', 7000),
      p('9700 Dollar', 9700),
      o('700-Dollar', 700),
      o('1-Dollar', 1),
      o('244 Milliarden Dollar', 244e9),
      o('430 Milliarden Dollar', 430e9),
    ],
  },
];
