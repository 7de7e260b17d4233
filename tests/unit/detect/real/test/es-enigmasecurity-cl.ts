import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://enigmasecurity.cl/blockchain-2317',
    lang: 'es',
    tags: ['cost', 'prose'],
    title: 'El Precio de Bitcoin por Debajo del Costo de Producción: Análisis Técnico y Económico',
    blocks: [
      'El Precio de Bitcoin por Debajo del Costo de Producción: Análisis Técnico y Económico',
      { text: 'Conceptos Fundamentales de la Minería de Bitcoin', heading: 'Conceptos' },
      'El costo de producción de Bitcoin se calcula teniendo en cuenta el consumo energético, el precio de la electricidad, la eficiencia de los equipos y gastos adicionales como el mantenimiento y la depreciación del hardware. Según estimaciones de analistas del sector, el costo promedio de minar un bitcoin ronda los 12,000 dólares estadounidenses, según la ubicación geográfica y el mercado energético. Este umbral funciona como un piso teórico de precios.',
    ],
    expect: [c('12,000 dólares estadounidenses', 12000)],
  },
];
