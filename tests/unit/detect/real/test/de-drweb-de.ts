import { o, type RealCase } from '../labels';

// Business blog on mining: only per-kWh power prices.
export const cases: RealCase[] = [
  {
    url: 'https://www.drweb.de/krypto-mining-kein-geschaeftsmodell/',
    lang: 'de',
    tags: ['prose'],
    title: 'Krypto-Mining: Kein Geschäftsmodell',
    blocks: [
      'Krypto-Mining verspricht passives Einkommen durch Rechenleistung. Die Realität 2025: Mining ist ein hochspezialisiertes Industriegeschäft mit hauchdünnen Margen, das nur mit Billigstrom unter 0,05 Euro pro Kilowattstunde profitabel ist. Bei deutschen Strompreisen von 0,30 Euro/kWh verlieren Sie garantiert Geld.',
      {
        heading: 'Proof-of-Work: Das kryptografische Rätsel',
        text: 'Block Reward: Aktuell 3,125 BTC (nach dem Halving im April 2024)',
      },
    ],
    expect: [o('0,05 Euro', 0.05, 'EUR'), o('0,30 Euro/kWh', 0.3, 'EUR')],
  },
];
