import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ig.com/ch/trading-strategien/die-top-10-kryptowaehrungen-nach-marktkapitalisierung-220623',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Die Top 10 Kryptowährungen nach Marktkapitalisierung',
    blocks: [
      'Die Top 10 Kryptowährungen nach Marktkapitalisierung',
      'Bitcoin, Ethereum und Co. Erfahren Sie, welche Kryptowährung aktuell die grösste nach Marktkapitalisierung ist und welche Faktoren diesen Wert beeinflussen.',
      'Der Dschungel an Kryptowährungen ist inzwischen gross und unübersichtlich. Fast 20.000 verschiedene Krypto-Werte sind derzeit im Umlauf. Ihren Höhepunkt erreichte der Markt im November mit fast drei Billion Dollar. Heute wird der Gesamtmarkt aller Assets auf weniger als eine Billion Dollar taxiert.',
    ],
    expect: [o('drei Billion Dollar', 3000000000000), o('eine Billion Dollar', 1000000000000)],
  },
];
