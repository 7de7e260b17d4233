import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.marketscreener.com/cotizacion/criptomonedas/BITCOIN-BTC-EUR-45553925/noticia/El-bitcoin-baja-un-20-desde-los-m-ximos-alcanzados-tras-el-ETF-45793600/',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'El bitcoin baja un 20% desde los máximos alcanzados tras el ETF',
    blocks: [
      'El bitcoin ha caído más de una quinta parte desde su máximo de principios de mes, golpeado tras la aprobación en Estados Unidos de su primer fondo cotizado (ETF) de bitcoin al contado, porque quienes compraron esperando la aprobación vendieron tras la confirmación.',
      'La mayor criptomoneda del mundo cotizaba por última vez a 38.900 $, un 20,6% menos que los cerca de 49.000 $, el máximo de tres años que marcó el 11 de enero tras la decisión de la SEC.',
      'Cerca de 4.000 millones de dólares han fluido hacia los nuevos ETF de bitcoin al contado, sobre todo hacia los productos de BlackRock y Fidelity, según analistas de Deutsche Bank.',
      'Pero, dijeron, 2.800 millones de dólares de ellos fueron salidas de Grayscale, antes un fondo y ahora un ETF.',
      'Las acciones de Coinbase cayeron alrededor de un 4% antes de la apertura del martes después de que JPMorgan rebajara el valor a infraponderar.',
    ],
    expect: [
      p('38.900 $', 38900),
      p('49.000 $', 49000),
      o('4.000 millones de dólares', 4e9),
      o('2.800 millones de dólares', 2.8e9),
    ],
  },
];
