import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gateioservicefront.com/crypto-wiki/article/how-does-bitcoin-compete-against-ethereum-and-solana-in-2025-cryptocurrency-market-share-20251219',
    lang: 'es',
    tags: ['table', 'format'],
    title: '¿Cómo compite Bitcoin con Ethereum y Solana por cuota de mercado en 2025?',
    blocks: [
      'La marcada posición de Bitcoin refleja su dominio histórico. Con una ratio de dominio del 59,33 % en 2025, Bitcoin se sitúa cerca de su media de los últimos 12 años.',
      { text: '59,33 %', header: 'Bitcoin', row: 'Dominio de mercado' },
      { text: '$87 949,70', header: 'Bitcoin', row: 'Precio (dic 2025)' },
      { text: 'Porcentaje de asignación inferior', header: 'Ethereum', row: 'Precio (dic 2025)' },
      { text: '$1,76 billones', header: 'Bitcoin', row: 'Capitalización de mercado' },
      { text: 'Mucho menor', header: 'Ethereum', row: 'Capitalización de mercado' },
      { text: '$1,1 mil millones', header: 'Bitcoin', row: 'Volumen 24h' },
      'Ethereum mantiene su liderazgo en DeFi, con el 63 % de la liquidez global. El TVL de la red creció hasta los $150 mil millones en 2025, 2,5 veces el nivel de octubre de 2023 ($36,08 mil millones).',
    ],
    expect: [
      p('$87 949,70', 87949.7),
      o('$1,76 billones', 1.76e12),
      o('$1,1 mil millones', 1.1e9),
      o('$150 mil millones', 150e9),
      o('$36,08 mil millones', 36.08e9),
    ],
  },
];
