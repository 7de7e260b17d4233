import { o, p, type RealCase } from '../labels';

const H1 = '1. Bitcoin (BTC) – Marktkapitalisierung: 600 Milliarden Dollar';
const H2 = '2. Ethereum (ETH) – Marktkapitalisierung: 240 Milliarden Dollar';
const H3 = '3. Binance Coin (BNB) – Marktkapitalisierung: 52 Milliarden Dollar';

export const cases: RealCase[] = [
  {
    url: 'https://salesblog.at/10-wichtigsten-kryptowaehrungen-2022/',
    lang: 'de',
    tags: ['label-value', 'anaphora'],
    title: 'Die 10 wichtigsten Kryptowährungen 2022',
    blocks: [
      'Gemessen an der Marktkapitalisierung bleibt Bitcoin auch 2022 die klare Nr. 1 unter den Kryptowährungen. Dahinter wird hart um die weiteren Plätze gekämpft. Hier die zehn wichtigsten Kryptowährungen im Überblick.',
      { text: H1, heading: H1 },
      {
        text: 'Bitcoin (BTC) war die erste digitale Währung und startete 2009. Trotz heftiger Kursschwankungen hat er seit seiner Einführung enorm an Wert gewonnen: Ende 2009 lag der Kurs für einen BTC bei 0,08 Dollar, aktuell ist einer der maximal 21 Millionen Bitcoins rund 31.500 Dollar wert. Die Marktkapitalisierung beträgt 600 Milliarden Dollar (Stand: Juni 2022).',
        heading: H1,
      },
      { text: H2, heading: H2 },
      {
        text: 'Mit großem Abstand folgt Ethereum/Ether (ETH), dessen Marktkapitalisierung bei 240 Milliarden Dollar liegt. Die dezentrale Plattform erlaubt neben dem Handel mit Ether auch Smart Contracts.',
        heading: H2,
      },
      { text: H3, heading: H3 },
    ],
    expect: [
      o('600 Milliarden Dollar', 6e11),
      p('0,08 Dollar', 0.08),
      p('31.500 Dollar', 31500),
      o('600 Milliarden Dollar', 6e11),
      o('240 Milliarden Dollar', 2.4e11),
      o('240 Milliarden Dollar', 2.4e11),
      o('52 Milliarden Dollar', 5.2e10),
    ],
  },
];
