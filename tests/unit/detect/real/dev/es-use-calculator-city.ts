import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://use.calculator.city/?p=5198',
    lang: 'es',
    tags: ['table', 'widget'],
    title: 'Calculadora Bitcoin Profesional',
    blocks: [
      'Calculadora Bitcoin Profesional',
      'Calcula conversiones, ganancias y valor de mercado de Bitcoin al instante.',
      { text: '0.02500000', header: 'Cantidad', row: 'Bitcoin (BTC)' },
      { text: '2,500,000', header: 'Cantidad', row: 'Satoshis' },
      {
        text: 'Cantidad de BTC: Inversión Inicial / Precio de Compra. Valor Actual: Cantidad de BTC × Precio Actual.',
        heading: 'Fórmula de la calculadora bitcoin y Explicación Matemática',
      },
      { text: 'Fiat (USD/EUR)', header: 'Unidad', row: 'Inversión' },
      { text: '10 – 1,000,000+', header: 'Rango Típico', row: 'Inversión' },
      { text: 'USD', header: 'Unidad', row: 'Precio Compra' },
      { text: '15,000 – 100,000', header: 'Rango Típico', row: 'Precio Compra' },
      { text: 'USD', header: 'Unidad', row: 'Precio Actual' },
      { text: 'Variable', header: 'Rango Típico', row: 'Precio Actual' },
    ],
    expect: [o('10', 10), o('1,000,000', 1e6), p('15,000', 15000), p('100,000', 100000)],
  },
];
