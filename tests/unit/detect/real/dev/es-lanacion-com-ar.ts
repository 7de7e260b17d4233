import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lanacion.com.ar/economia/IA/criptomonedas-hoy-cotizacion-de-las-principales-divisas-digitales-al-20-de-febrero-nid20022026/',
    lang: 'es',
    tags: ['widget', 'label-value', 'format'],
    title: 'Criptomonedas hoy: cotización de las principales divisas digitales al 20 de febrero',
    blocks: [
      'El bitcoin (BTC) cotiza hoy, 20 de febrero, a US$67374.59 (ARS $98.366.902), según la billetera virtual Lemon.',
      'Ese precio lo deja 0,52% respecto de su valor de hace 24 horas y 1,18% frente al mismo día de la semana pasada.',
      'La capitalización de mercado actual del token es US$1.345.588.178.664.',
      'Ethereum (ETH), la segunda criptomoneda con mayor capitalización, registra un precio de US$1947.14 (ARS $2.842.832). En las últimas 24 horas su valor cambió un 1,69%.',
      // the page really writes "billones" after a full-digit figure; the value is the figure itself
      'La capitalización total del mercado de criptomonedas es US$2.223.912.702.350 billones, una variación de 0,04% en el último día.',
      '• Solana (SOL): US$83.04 (ARS $121.233)',
      '• Litecoin (LTC): US$53.3 (ARS $77.821)',
    ],
    expect: [
      p('US$67374.59', 67374.59),
      p('ARS $98.366.902', 98366902, 'ARS'),
      o('US$1.345.588.178.664', 1345588178664),
      o('US$1947.14', 1947.14),
      o('ARS $2.842.832', 2842832, 'ARS'),
      o('US$2.223.912.702.350 billones', 2223912702350),
      o('US$83.04', 83.04),
      o('ARS $121.233', 121233, 'ARS'),
      o('US$53.3', 53.3),
      o('ARS $77.821', 77821, 'ARS'),
    ],
  },
];
