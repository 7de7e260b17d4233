import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ambito.com/finanzas/elecciones-la-provincia-buenos-aires-cuanto-cotiza-el-dolar-que-nunca-duerme-n6187536',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title:
      'Elecciones en la provincia de Buenos Aires: a cuánto cotiza el dólar cripto, el tipo de cambio que nunca duerme',
    blocks: [
      'Elecciones en la provincia de Buenos Aires: a cuánto cotiza el dólar cripto, el tipo de cambio que nunca duerme',
      'Tras los datos oficiales de los comicios bonaerenses, el dólar cripto —la cotización que no duerme y anticipa la apertura de los mercados— enciende las alarmas. La divisa digital aceleró la suba y este lunes por la mañana supera con holgura los $1.400 y toca el techo de la banda de flotación, que hoy está en $1.470.',
      'Después de una semana de fuerte tensión cambiaria, el llamado dólar cripto o Bitcoin se ubica en los $1.470,77 según la mediana de los exchanges locales que publica Coinmonitor. El precio opera $60 (+4,1%) por encima de los valores de hace 24 horas.',
      'Cabe recordar que el dólar oficial minorista terminó el viernes, antes de las elecciones, a $1.386, mientras que el mayorista cerró a $1.355. El dólar blue, en tanto, cerró a $1.370.',
    ],
    expect: [
      o('$1.400', 1400, 'ARS'),
      o('$1.470', 1470, 'ARS'),
      o('$1.470,77', 1470.77, 'ARS'),
      o('$60', 60, 'ARS'),
      o('$1.386', 1386, 'ARS'),
      o('$1.355', 1355, 'ARS'),
      o('$1.370', 1370, 'ARS'),
    ],
  },
];
