import { o, type RealCase } from '../labels';

// A mining-cost guide: a daily electricity range "$5–10" whose second end is bare.
export const cases: RealCase[] = [
  {
    url: 'https://paisminero.co/costes-rentabilidad-mineria/cuales-son-los-costes-de-minar-btc',
    lang: 'es',
    tags: ['prose', 'format'],
    title: '¿Cuáles son los costes de minar BTC?',
    blocks: [
      { heading: '2. Hardware de minería: inversión inicial y amortización', text: 'Ejemplo práctico:' },
      {
        heading: '2. Hardware de minería: inversión inicial y amortización',
        text: 'Si compras un ASIC de 100 TH/s que consume 3.250 W, tu coste diario de electricidad puede superar los $5–10 según el precio del kWh. Por eso es crucial calcular la rentabilidad antes de invertir.',
      },
    ],
    expect: [o('$5', 5), o('10', 10)],
  },
];
