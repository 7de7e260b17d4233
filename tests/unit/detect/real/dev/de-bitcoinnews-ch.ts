import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinnews.ch/15899/bitcoin-prognose-chartanalyst-rolf-bertschi-peilt-23-000-us-dollar-an/',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin-Prognose: Chartanalyst Rolf Bertschi peilt 23.000 US-Dollar an',
    blocks: [
      'Der Schweizer Chartanalyst Rolf Bertschi traut dem Bitcoin einen Höchststand von 23.000 US-Dollar zu. Für seine Voraussagen nutzt er Fibonacci-Retracements. Bitcoin hat die vorherige Retracement-Linie, die bei 9.500 US-Dollar lag, bereits am 21. Juni überschritten. Die nächste Hürde ist 13.400 US-Dollar.',
      '“Weil die Stimmung der Händler und Investoren der einzige Antrieb für die Kursveränderungen ist, könnte der Kurs des Bitcoin auch auf 23.000 US-Dollar steigen.”',
      'Die jüngste Kursrallye hat viele Experten auf den Plan gerufen. Die Prognosen reichen von Stagnation bis zu Höchstständen jenseits der 100.000 US-Dollar. Der Onlinebroker eToro bescheinigt dem Bitcoin bis Jahresende einen Kurs zwischen 50.000 und 100.000 US-Dollar. Mike Novogratz erwartet kurzfristig eher ein Stagnieren bei 10.000 bis 14.000 US-Dollar.',
      'Bertschi stellt eine vorsichtige Prognose, die sich schon in den nächsten Tagen erfüllen könnte. Aktuell liegt der Bitcoin-Kurs bei knapp 11’000 US-Dollar.',
    ],
    expect: [
      p('23.000 US-Dollar', 23000),
      p('9.500 US-Dollar', 9500),
      p('13.400 US-Dollar', 13400),
      p('23.000 US-Dollar', 23000),
      p('100.000 US-Dollar', 100000),
      p('50.000', 50000),
      p('100.000 US-Dollar', 100000),
      p('10.000', 10000),
      p('14.000 US-Dollar', 14000),
      p('11’000 US-Dollar', 11000),
    ],
  },
];
