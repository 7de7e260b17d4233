import { c, p, type RealCase } from '../labels';

// BingX flash news (de): JPMorgan lowers its Bitcoin production-cost estimate (a "soft price floor") from
// 90.000 to 77.000 US-Dollar; the long-term price target 266.000 US-Dollar is a price (p).
export const cases: RealCase[] = [
  {
    url: 'https://bingxzone.com/de-de/flash-news/post/jpmorgan-cuts-bitcoin-production-cost-estimate-to-as-mining-difficulty-and-hashrate-shift',
    lang: 'de',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JPMorgan senkt Bitcoin-Produktionskostenschätzung auf 77.000 US-Dollar',
    blocks: [
      'JPMorgan senkt Bitcoin-Produktionskostenschätzung auf 77.000 US-Dollar',
      'JPMorgan hat seine geschätzten Bitcoin-Produktionskosten von rund 90.000 US-Dollar zu Jahresbeginn auf 77.000 US-Dollar gesenkt, wie Analysten um Nikolaos Panigirtzoglou unter Verweis auf gesunkene Mining-Schwierigkeit und Hashrate mitteilten. Schwächere Betreiber mit veralteten Maschinen oder hohen Stromkosten hätten den Markt verlassen.',
      'Die Bank betrachtet die Produktionskosten weiterhin als weiche Preisuntergrenze für Bitcoin, bleibt konstruktiv für 2026 und verweist auf ein langfristiges Bitcoin-Kursziel von 266.000 US-Dollar auf Basis eines volatilitätsbereinigten Vergleichs mit Gold.',
    ],
    expect: [
      c('77.000 US-Dollar', 77000),
      c('90.000 US-Dollar', 90000),
      c('77.000 US-Dollar', 77000),
      p('266.000 US-Dollar', 266000),
    ],
  },
];
