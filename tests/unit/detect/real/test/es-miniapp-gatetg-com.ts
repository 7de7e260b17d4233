import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://miniapp.gatetg.com/es/crypto-wiki/article/bitcoin-mining-principles-and-2025-trend-outlook',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'La minería de Bitcoin usa el algoritmo de consenso PoW: los mineros compiten por el derecho a crear bloques calculando valores hash, lo que asegura la legitimidad de las transacciones.',
      'Los costos principales son la inversión en hardware y el consumo de electricidad, con clara ventaja para los países de electricidad barata; para 2025 se espera que el costo promedio de minería de las grandes granjas ronde los $26,000 a $28,000, y con el precio de Bitcoin por encima de los $100,000 sigue habiendo margen de rentabilidad.',
    ],
    expect: [c('$26,000', 26000), c('$28,000', 28000), p('$100,000', 100000)],
  },
];
