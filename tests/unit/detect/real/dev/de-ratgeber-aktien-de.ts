import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ratgeber-aktien.de/bitcoin-bitcoin-bitcoin-bitcoin/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin, Bitcoin, Bitcoin, Bitcoin',
    blocks: [
      'Gestern schrieben wir in der PDF-Ausgabe zur charttechnischen Einschätzung des Bitcoin (BTC): „Technisch scheint die Luft um die 9.000 USD kurzfristig dünn zu werden. Mehrere Versuche, diese Marke zu überwinden, wurden mit heftigen Abverkäufen quittiert.“',
    ],
    expect: [p('9.000 USD', 9000)],
  },
];
