import { o, p, type RealCase } from '../labels';

const row = (date: string, high: string, cap: string, prev: string) => [
  { text: high, header: 'Höchststand', row: date },
  { text: cap, header: 'Marktkapitalisierung', row: date },
  { text: prev, header: 'Vorjahr', row: date },
];

export const cases: RealCase[] = [
  {
    url: 'https://bitcoin-kurier.de/kurs/bitcoin',
    lang: 'de',
    tags: ['widget', 'table', 'format'],
    title: 'Realtime Bitcoin-Kurs in EUR, CHF und USD',
    blocks: [
      'Der aktuelle Bitcoin-Kurs (BTC) liegt bei $ 94,311.27 und hat sich in den letzten 24 Stunden um 2.31% verändert. Die Marktkapitalisierung von BTC beträgt $ 1,866,250,183,637.',
      ...row('14.03.2024', '73.800 USD', '1,36 Billionen USD', '26.300 USD'),
      ...row('16.12.2017', '19.688 USD', '325 Milliarden USD', '775 USD'),
      ...row('08.06.2011', '29,60 USD', '200 Millionen USD', '0,85 USD'),
      ...row('12.10.2009', '0,0009 USD', '0,045 Millionen USD', 'Nicht anwendbar'),
    ],
    expect: [
      p('$ 94,311.27', 94311.27),
      o('$ 1,866,250,183,637', 1866250183637),
      p('73.800 USD', 73800),
      o('1,36 Billionen USD', 1.36e12),
      p('26.300 USD', 26300),
      p('19.688 USD', 19688),
      o('325 Milliarden USD', 325e9),
      p('775 USD', 775),
      p('29,60 USD', 29.6),
      o('200 Millionen USD', 200e6),
      p('0,85 USD', 0.85),
      p('0,0009 USD', 0.0009),
      o('0,045 Millionen USD', 45000),
    ],
  },
];
