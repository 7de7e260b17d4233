import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinbasis.de/bitcoin-preisprognosen-warum-1-million-erst-spaeter-erreicht-werden-koennten/',
    lang: 'de',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin-Preisprognosen: Warum 1 Million erst später erreicht werden könnten',
    blocks: [
      {
        heading: 'Wichtige Punkte auf einen Blick:',
        text: 'Die Quantile-Analyse zeigt, dass Bitcoin im Jahr 2025 voraussichtlich keine $1 Million erreichen wird.',
      },
      {
        heading: 'Wichtige Punkte auf einen Blick:',
        text: 'Historische Trends und statistische Modelle deuten auf $300.000 im Jahr 2029 und $1 Million im Jahr 2034 hin.',
      },
      {
        heading: 'Wichtige Punkte auf einen Blick:',
        text: 'Vorhergesagte Preisziele bis 2046: $3 Millionen bis 2039 und $10 Millionen nach 2046.',
      },
      {
        heading: 'Warum $1 Million im Jahr 2025 unwahrscheinlich ist',
        text: 'Viele Prognosen behaupten, Bitcoin könne bis 2025 die Marke von $1 Million erreichen. Das Quantile-Modell widerspricht: Statistisch ist dieses Ziel äußerst unwahrscheinlich und würde eine außergewöhnliche Blase voraussetzen.',
      },
      {
        heading: 'Prognosen bis 2046: $300.000, $1 Million, $3 Millionen und mehr',
        text: '$300.000: 50% Wahrscheinlichkeit bis 2029 (±2 Jahre Unsicherheit).',
      },
    ],
    expect: [
      p('$1 Million', 1e6),
      p('$300.000', 300000),
      p('$1 Million', 1e6),
      p('$3 Millionen', 3e6),
      p('$10 Millionen', 10e6),
      p('$1 Million', 1e6),
      p('$300.000', 300000),
    ],
  },
];
