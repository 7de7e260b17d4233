import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.wallstreet-online.de/nachricht/12900165-kryptowaehrungen-druck-bitcoin-crasht-heftig-marke-10-000-us-dollar-faellt',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Kryptowährungen unter Druck: Bitcoin crasht heftig – Marke von 10.000 US-Dollar fällt',
    blocks: [
      'Die Talfahrt der Kryptowährungen geht weiter: Am Freitag rutschte der Bitcoin zeitweise unter die psychologisch wichtige Marke von 10.000 US-Dollar. Zu Wochenbeginn hatte ein Bitcoin noch rund 12.000 US-Dollar gekostet.',
      'Am Freitagvormittag liegt die nach Marktkapitalisierung größte Kryptowährung der Welt fast neun Prozent im Minus. Aktuell kostet ein Bitcoin 10.382 US-Dollar (Stand: 04.09.2020, 10:44 Uhr, CoinMarketCap). Auf Bitstamp wurden im Tief 9.987 US-Dollar erreicht, meldet die dpa.',
    ],
    expect: [
      p('10.000 US-Dollar', 10000),
      p('12.000 US-Dollar', 12000),
      p('10.382 US-Dollar', 10382),
      p('9.987 US-Dollar', 9987),
    ],
  },
  {
    url: 'https://www.wallstreet-online.de/nachricht/18178260-bitcoin-druck-anleger-nervoes-fed-zinsentscheidung',
    lang: 'de',
    tags: ['prose', 'change', 'format', 'anaphora'],
    title: 'Bitcoin unter Druck: Anleger nervös vor Fed-Zinsentscheidung',
    blocks: [
      'FRANKFURT (dpa-AFX) - Der Bitcoin-Kurs ist am Dienstag deutlich gefallen und hat sich weiter von seinem Rekordhoch entfernt. Gegen Mittag wurde die älteste und bekannteste Kryptowährung auf Bitstamp bei 66 800 US-Dollar gehandelt. Das waren gut 2700 Dollar weniger als am Vortag und der tiefste Stand seit etwa einer Woche. Im März hatte der Bitcoin ein Rekordhoch bei knapp 74 000 Dollar markiert.',
    ],
    expect: [p('66 800 US-Dollar', 66800), o('2700 Dollar', 2700), p('74 000 Dollar', 74000)],
  },
  {
    url: 'https://www.wallstreet-online.de/nachricht/18491490-groesster-kauf-3-jahren-microstrategy-18-300-bitcoins-1-110-000-000-us-dollar-gekauft',
    lang: 'de',
    tags: ['format'],
    title:
      'Größter Kauf seit 3 Jahren: MicroStrategy hat 18.300 Bitcoins für 1.110.000.000 US-Dollar gekauft',
    blocks: [
      'MicroStrategy hat 18.300 Bitcoins für rund 1,11 Milliarden US-Dollar erworben, der größte Zukauf seit über drei Jahren. Die Aktie zog daraufhin kräftig an und schloss den Freitagshandel gut acht Prozent höher bei 141,47 US-Dollar.',
      'Das Unternehmen besitzt nun rund 244.800 Bitcoin im Wert von rund 14 Milliarden US-Dollar – etwa 1 Prozent aller je ausgegebenen Bitcoins.',
    ],
    expect: [
      o('1,11 Milliarden US-Dollar', 1.11e9),
      o('141,47 US-Dollar', 141.47),
      o('14 Milliarden US-Dollar', 14e9),
    ],
  },
];
