import { c, p, type RealCase } from '../labels';

// financescrypto.com (es): CoinShares' Q4 2024 mining report — weighted cash cost per BTC for listed
// miners ("$ 55,950" → "$ 82,162"), the all-in cost, and the market price; "$ " with a space, US grouping.
export const cases: RealCase[] = [
  {
    url: 'https://financescrypto.com/?p=29844',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'En un nuevo informe, Coinshares ofrece datos importantes sobre la economía de la minería de Bitcoin (BTC), que evoluciona tras el halving y el aumento del hashrate de la red.',
      'Según Coinshares, el costo de efectivo promedio ponderado para extraer un bitcoin entre las empresas mineras que cotizan en bolsa aumentó bruscamente en un 47%, de $ 55,950 en el tercer trimestre de 2024 a aproximadamente $ 82,162 en el cuarto trimestre. Excluyendo a Hut 8, el costo promedio fue algo más bajo, en $ 75,767, lo que aún supone un aumento del 35% trimestral.',
      'Cuando se incluyen los gastos no en efectivo, como la depreciación y la compensación basada en acciones, el costo promedio total aumentó a $ 137,018 por bitcoin, muy por encima del precio de mercado de Bitcoin de más o menos $ 95,000. Aun así, muchos mineros han logrado seguir siendo rentables.',
    ],
    expect: [
      c('$ 55,950', 55950),
      c('$ 82,162', 82162),
      c('$ 75,767', 75767),
      c('$ 137,018', 137018),
      p('$ 95,000', 95000),
    ],
  },
];
