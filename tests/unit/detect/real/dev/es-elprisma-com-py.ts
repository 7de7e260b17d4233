import { o, type RealCase } from '../labels';

// El Prisma (Paraguay, es): the end of large-scale Bitcoin mining in Paraguay; the state utility's yearly
// income from miners ("USD 200 millones", "USD 240 millones") are totals (o).
export const cases: RealCase[] = [
  {
    url: 'https://elprisma.com.py/?p=5222',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'La gran minería de activos digitales, la que busca Bitcoin, está llegando a su fin en Paraguay. El año pasado fue el factor más importante del crecimiento del 18% en el consumo eléctrico. Hoy la ANDE consigue más de USD 200 millones al año por este rubro electrointensivo.',
      'Por este concepto, la ANDE ha tenido ingresos por unos USD 240 millones anuales, una cifra que le sirvió para aumentar su capacidad de distribución, sostiene Bruno Vaccotti, de Penguin Group.',
    ],
    expect: [o('USD 200 millones', 200e6), o('USD 240 millones', 240e6)],
  },
];
