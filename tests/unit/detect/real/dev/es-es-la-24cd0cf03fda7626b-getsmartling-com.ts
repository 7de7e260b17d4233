import { c, o, type RealCase } from '../labels';

// Bitfarms press release, Spanish (Smartling-hosted): Q3 2021 results; revenue and profit totals (o) and
// the average production cost per BTC ("$6900/BTC", bare "9000/BTC") as costs.
export const cases: RealCase[] = [
  {
    url: 'https://es-la-24cd0cf03fda7626b.getsmartling.com/es-LA/news-releases/news-release-details/bitfarms-reports-record-q3-2021-revenues-22-q2-2021-and-559-q3',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title:
      'Bitfarms informa ingresos récord en el 3.° trimestre de 2021, un aumento del 22 % desde el 2.° trimestre de 2021 y 559 % desde el 3.° trimestre de 2020',
    blocks: [
      '- Aumentaron los ingresos a $44,8 millones, un aumento de $6,8 millones en el 3.° trimestre de 2020 –',
      '- Alcanzó una rentabilidad récord con ganancias netas de $23,7 millones, un incremento de una pérdida neta de $ 4,8 millones en el 3.° trimestre de 2020 –',
      'Bitfarms Ltd. (NASDAQ: BITF//TSXV: BITF), empresa global de minado de Bitcoin, informó sus resultados del trimestre cerrado el 30 septiembre de 2021. Todas las cifras están en dólares estadounidenses. En el 3.° trimestre de 2021, Bitfarms minó 1051 Bitcoin (BTC), un 38 % más que los 759 BTC del 2.° trimestre de 2021, y redujo el costo promedio de producción de BTC* a $6900/BTC, una reducción del 23 % de 9000/BTC en el 2.° trimestre de 2021.',
    ],
    expect: [
      o('$44,8 millones', 44.8e6),
      o('$6,8 millones', 6.8e6),
      o('$23,7 millones', 23.7e6),
      o('$ 4,8 millones', 4.8e6),
      c('$6900', 6900),
      c('9000', 9000),
    ],
  },
];
