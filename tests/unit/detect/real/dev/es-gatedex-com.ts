import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gatedex.com/es/crypto-wiki/article/what-is-the-current-cryptocurrency-market-cap-ranking-and-trading-volume-across-top-exchanges-in-2026-20260122',
    lang: 'es',
    tags: ['table', 'format'],
    title: 'Ranking de capitalización y volumen en los principales exchanges en 2026',
    blocks: [
      'En 2026 el sector cripto muestra una jerarquía consolidada por capitalización y dominancia. Ethereum, en la segunda posición mundial, ilustra cómo estos indicadores influyen en la percepción del mercado.',
      { text: '363,08 mil millones $', header: 'Valor', row: 'Capitalización de mercado' },
      { text: '11,39 %', header: 'Valor', row: 'Cuota de dominancia' },
      { text: '758,45 millones $', header: 'Valor', row: 'Volumen de trading 24H' },
      { text: '3 008,22 $', header: 'Valor', row: 'Precio actual' },
      'Ethereum, segunda criptomoneda del ranking, muestra una liquidez sólida: su volumen en 24 horas ronda los 758 millones $.',
    ],
    expect: [
      o('363,08 mil millones $', 363.08e9),
      o('758,45 millones $', 758.45e6),
      o('3 008,22 $', 3008.22),
      o('758 millones $', 758e6),
    ],
  },
  {
    url: 'https://www.gatedex.com/crypto-wiki/article/how-does-bitcoin-s-1-2-trillion-market-cap-compare-to-ethereum-and-solana-in-competitive-benchmarking-analysis-20260109',
    lang: 'es',
    tags: ['table', 'format', 'prose'],
    title: '¿Cómo se compara la capitalización de 1,2 billones de Bitcoin con Ethereum y Solana?',
    blocks: [
      'La capitalización de mercado de 1,2 billones de dólares de Bitcoin equivale a cerca del 56 % del mercado total de criptomonedas.',
      'Ethereum aporta otra propuesta de valor, con una capitalización de 351 mil millones de dólares y un valor total bloqueado que supera los 100 mil millones de dólares en plataformas como Aave y Uniswap.',
      'Solana opera a otra escala, con una capitalización de mercado de 71,35 mil millones de dólares.',
      { text: '$1,2T', header: 'Bitcoin', row: 'Capitalización de mercado' },
      { text: '$351B', header: 'Ethereum', row: 'Capitalización de mercado' },
      { text: '$71,35B', header: 'Solana', row: 'Capitalización de mercado' },
    ],
    expect: [
      o('1,2 billones de dólares', 1.2e12),
      o('351 mil millones de dólares', 351e9),
      o('100 mil millones de dólares', 100e9),
      o('71,35 mil millones de dólares', 71.35e9),
      o('$1,2T', 1.2e12),
      o('$351B', 351e9),
      o('$71,35B', 71.35e9),
    ],
  },
];
