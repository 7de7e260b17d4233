import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://urgente24.com/dinero/mineria-bitcoin-comprometida-reportan-rentabilidad-negativa-n539165',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Minería de Bitcoin comprometida: reportan rentabilidad negativa',
    blocks: [
      'Para contrastar acudimos a Minerstat, una herramienta que calcula la rentabilidad de las operaciones mineras. Según este servicio, un minero Antminer S9 de Bitmain no deja ganancia alguna en el mercado actual.',
      'La página separa la producción del minero por pool. En ninguno se obtienen ganancias positivas: en el pool de Binance se generaría una pérdida de US$ -4,98; en Poolin, de US$ -4,99. Lo mismo en Antpool y ViaBTC.',
      {
        text: 'Minar Bitcoin con un S9 podría no ser rentable en Paraguay, donde se pagan US$ 0,033 por cada kWh consumido, ni en Chile o El Salvador, donde se pagan US$ 0,36 y US$ 0,19, respectivamente.',
        heading: 'S9, ¿una carga?',
      },
      'Sí sigue siendo rentable en Venezuela, donde los mineros de Bitcoin pagan tarifas aproximadas de US$ 0,01 por cada kWh consumido.',
    ],
    expect: [
      o('US$ -4,98', -4.98),
      o('US$ -4,99', -4.99),
      o('US$ 0,033', 0.033),
      o('US$ 0,36', 0.36),
      o('US$ 0,19', 0.19),
      o('US$ 0,01', 0.01),
    ],
  },
];
