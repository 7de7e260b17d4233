import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://simplyscience.ch/teens/wissen/facts-zahlen-rund-um-den-bitcoin',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Facts & Zahlen rund um den Bitcoin',
    blocks: [
      'Bitcoin ist die wertvollste Digitalwährung, alle Einheiten zusammen sind rund 800 Milliarden Franken wert. Die Hälfte davon liegt bei weniger als 2500 Menschen oder Institutionen.',
      "Der Bitcoin-Kurs fährt Achterbahn: 2013 lag er bei 100 US-Dollar, 2017 bei 20'000 US-Dollar, dann stürzte er Ende 2018 unter 4000 US-Dollar. Derzeit (2021) steht er bei 50'000 US-Dollar.",
      "Am 22. Mai ist Bitcoin-Pizza-Day: 2010 bezahlte ein Programmierer zwei Pizzas mit 10'000 Bitcoins (damals etwa 40, heute fast 500 Millionen US-Dollar).",
    ],
    expect: [
      o('800 Milliarden Franken', 800e9, 'CHF'),
      p('100 US-Dollar', 100),
      p("20'000 US-Dollar", 20000),
      p('4000 US-Dollar', 4000),
      p("50'000 US-Dollar", 50000),
      o('40', 40),
      o('500 Millionen US-Dollar', 500e6),
    ],
  },
];
