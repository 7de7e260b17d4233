import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://trendingtopics.eu/marktkapitalisierung-bitcoin-ubertrifft-den-russischen-rubel',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Marktkapitalisierung: Bitcoin übertrifft den russischen Rubel',
    blocks: [
      'Heute Morgen liegt der Bitcoin-Kurs bei „nur“ rund 41.500 US-Dollar, nachdem er in den letzten Stunden deutlich nachgab. Zuvor stand er bei etwa 44.000 US-Dollar, bei einer Marktkapitalisierung von etwa 835 Milliarden Dollar. Derzeit beträgt der Market Cap rund 785 Milliarden US-Dollar – beides mehr als der Rubel, der in der Nacht auf etwa 626 Milliarden Dollar kam.',
      {
        heading: 'Starke Schwankungen in den letzten Stunden',
        text: 'Der gesamte Kryptomarkt stieg zeitweise auf über zwei Billionen US-Dollar, derzeit sind es etwa 1,83 Billionen US-Dollar.',
      },
      {
        heading: 'BTC über Rubel',
        text: 'Das liegt eher am schwachen Rubel als am starken Bitcoin. Am 23. Februar stand er noch bei 0,0123 US-Dollar, einen Tag später bei nur noch 0,0118 US-Dollar, heute bei 0,0089 US-Dollar.',
      },
    ],
    expect: [
      p('41.500 US-Dollar', 41500),
      p('44.000 US-Dollar', 44000),
      o('835 Milliarden Dollar', 835e9),
      o('785 Milliarden US-Dollar', 785e9),
      o('626 Milliarden Dollar', 626e9),
      o('zwei Billionen US-Dollar', 2e12),
      o('1,83 Billionen US-Dollar', 1.83e12),
      o('0,0123 US-Dollar', 0.0123),
      o('0,0118 US-Dollar', 0.0118),
      o('0,0089 US-Dollar', 0.0089),
    ],
  },
];
