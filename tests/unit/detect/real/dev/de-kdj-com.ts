import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kdj.com/de/Cryptocurrency-Encyclopedia/Bitcoin_etf/track-daily-fund-flows-bitcoin-etfs.html',
    lang: 'de',
    tags: ['widget', 'label-value', 'format'],
    title: 'Wie kann man die täglichen Mittelflüsse für alle Bitcoin ETFs verfolgen?',
    blocks: [
      'Marktkapitalisierung: $2.8167T -5.61%',
      'Volumen (24h): $179.5196B 61.64%',
      'Angst- und Gier-Index:',
      '38 - Furcht',
      'Marktkapitalisierung: $2.8167T -5.61%',
      'Volumen (24h): $179.5196B 61.64%',
      'Wie kann man die täglichen Mittelflüsse für alle Bitcoin ETFs verfolgen?',
      'Die täglichen Bitcoin-ETF-Flüsse lassen sich über Bloomberg, Farside Investors, CoinGecko, Nasdaq und CryptoQuant verfolgen.',
    ],
    expect: [
      o('$2.8167T', 2816700000000),
      o('$179.5196B', 179519600000),
      o('$2.8167T', 2816700000000),
      o('$179.5196B', 179519600000),
    ],
  },
];
