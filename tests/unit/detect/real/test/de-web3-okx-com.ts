import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://web3.okx.com/de/discover/post/62628414346368',
    lang: 'de',
    tags: ['forum', 'label-value', 'format', 'anaphora'],
    title: 'OKX Discover',
    blocks: [
      'Jeder liebt eine gewagte $BTC-Prognose. Bis Dezember vor der Tür steht.',
      '2025 war da keine Ausnahme.',
      'VanEck: $180K',
      'Standard Chartered: $250K',
      'ARK Invest: $650K',
      'Saylor: $1M',
      'Cathie Wood: $2M → $1M bis 2030',
      '...und Bitcoin schloss das Jahr bei etwa $88K.',
      'Selbst mit ETFs und ~$250B an institutionellen Zuflüssen.',
      'Die Märkte interessieren sich nicht für deinen Zielpreis. Was ist deiner?',
    ],
    expect: [
      p('$180K', 180000),
      p('$250K', 250000),
      p('$650K', 650000),
      p('$1M', 1e6),
      p('$2M', 2e6),
      p('$1M', 1e6),
      p('$88K', 88000),
      o('$250B', 250e9),
    ],
  },
];
