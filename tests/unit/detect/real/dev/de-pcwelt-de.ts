import { o, p, type RealCase } from '../labels';

// pcwelt.de (Oct 2017): new all-time high "6.306 US-Dollar pro Bitcoin"; a run of dot-grouped levels,
// then market-cap, 24h volume and "Bitcoin-Pizza" totals in Milliarden/Millionen US-Dollar (other).
const url = 'https://www.pcwelt.de/a/neuer-rekord-bitcoin-kurzzeitig-ueber-6-300-dollar-wert,3448602';
const title = 'Neuer Rekord: Bitcoin kurzzeitig über 6.300 Dollar wert';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Nach einer kurzen Schwächephase setzt Bitcoin seinen Rekordkurs fort und erreicht ein neues Allzeithoch.',
      'Am Sonntagabend wurde laut Coindesk das neue Allzeithoch von 6.306 US-Dollar pro Bitcoin erreicht. Danach sank der Wert und liegt aktuell um die 6.150 US-Dollar. Damit wurde der letzte Rekordwert von 6.183 US-Dollar vom 21. Oktober binnen weniger Tage übertroffen.',
      'Im Jahresverlauf ist der Bitcoin-Wert um rund 500 Prozent gestiegen, obwohl ein Bitcoin kurz nach dem Jahreswechsel noch knapp unter 1.000 US-Dollar wert war.',
    ],
    expect: [
      p('6.306 US-Dollar', 6306),
      p('6.150 US-Dollar', 6150),
      p('6.183 US-Dollar', 6183),
      p('1.000 US-Dollar', 1000),
    ],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Von den maximal 21 Millionen möglichen Bitcoin sind laut Coinmarketcap.com aktuell 16,6 Millionen im Umlauf, mit einem Gesamtwert von knapp über 100 Milliarden US-Dollar. In den letzten 24 Stunden wurden etwa 419.000 Bitcoin im Gesamtwert von 2,5 Milliarden US-Dollar gehandelt.',
      {
        text: 'Bitcoin-Pizza ist 61 Millionen US-Dollar wert',
        heading: 'Bitcoin-Pizza ist 61 Millionen US-Dollar wert',
      },
    ],
    expect: [
      o('100 Milliarden US-Dollar', 100e9),
      o('2,5 Milliarden US-Dollar', 2.5e9),
      o('61 Millionen US-Dollar', 61e6),
    ],
  },
];
