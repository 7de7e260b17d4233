import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.metropolnews.info/mp532168/top-10-kryptowaehrungen-fuer-2022',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Top 10 Kryptowährungen für 2022',
    blocks: [
      'Die Marktkapitalisierung der Top Ten Coins liegt derzeit bei rund 1,6 Billionen Dollar; im vergangenen Jahr überstieg sie zeitweise die Marke von zwei Billionen Dollar. Zum Vergleich: Das Bruttoinlandsprodukt Russlands lag 2020 bei 1,47 Billionen Dollar.',
      'Den weitaus größten Teil machen Bitcoin und Ethereum aus, den größten Zuwachs verzeichneten 2022 bislang aber Stablecoins wie USD Coin oder Terra (Luna).',
      { text: 'Platz 10 – Polkadot (DOT)', heading: 'Platz 10 – Polkadot (DOT)' },
      {
        text: 'Auf Rang zehn liegt der 2017 gegründete Polkadot mit einer Marktkapitalisierung von aktuell rund 26,7 Milliarden Dollar.',
        heading: 'Platz 10 – Polkadot (DOT)',
      },
      { text: 'Platz 8 – XRP/Ripple (XRP)', heading: 'Platz 8 – XRP/Ripple (XRP)' },
      {
        text: 'XRP, auch als Ripple bekannt, kommt mit einer Marktkapitalisierung von 37,9 Milliarden Dollar auf Platz acht.',
        heading: 'Platz 8 – XRP/Ripple (XRP)',
      },
    ],
    expect: [
      o('1,6 Billionen Dollar', 1.6e12),
      o('zwei Billionen Dollar', 2e12),
      o('1,47 Billionen Dollar', 1.47e12),
      o('26,7 Milliarden Dollar', 2.67e10),
      o('37,9 Milliarden Dollar', 3.79e10),
    ],
  },
];
