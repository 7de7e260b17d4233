import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blick.ch/news/wirtschaft/1200-prozent-kursgewinn-fuer-bitcoin-zum-steilsten-hype-des-jahres-id7661218.html',
    lang: 'de',
    tags: ['anaphora', 'prose'],
    title: '1200 Prozent Kursgewinn für Bitcoin: Zum steilsten Hype des Jahres',
    blocks: [
      "Der Gymnasiast sei schon lange bei Bitcoin dabei, erzählt er. Zum ersten Mal gekauft habe er, als der Kurs noch bei 600 Franken stand. Im Kaffee Schoffel bekommt er heute für seine 200 Franken nur noch 0,020555 Bitcoins, denn ein Bitcoin kostet mittlerweile fast 10'000 Dollar – 1200 Prozent mehr als vor einem Jahr.",
    ],
    expect: [p('600 Franken', 600, 'CHF'), o('200 Franken', 200, 'CHF'), p("10'000 Dollar", 10000)],
  },
];
