import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://r24n.com/contenido/282561/elecciones-en-la-provincia-de-buenos-aires-a-cuanto-cotiza-el-dolar-cripto-el-ti',
    lang: 'es',
    tags: ['prose', 'change'],
    title:
      'Elecciones en la provincia de Buenos Aires: a cuánto cotiza el dólar cripto, el tipo de cambio que nunca duerme',
    blocks: [
      'Tras los datos oficiales de los comicios en la provincia de Buenos Aires, con una dura derrota para La Libertad Avanza (LLA), el dólar cripto –la cotización que nunca duerme y suele anticipar la apertura de los mercados– enciende las alarmas. La divisa digital aceleró la suba y, en las primeras horas del lunes, supera con holgura los $1.400 y toca el techo de la banda de flotación, que hoy está en $1.470.',
      'Después de una semana de fuerte tensión cambiaria, el llamado dólar cripto o Bitcoin se ubica en los $1.469, según la mediana de los exchanges locales que informa Coinmonitor. El precio opera $59 (+4,2%) por encima de los valores de hace 24 horas.',
      'A diferencia del mercado oficial y del paralelo, que no operan el fin de semana, las stablecoins —monedas digitales que replican el valor del dólar estadounidense— cotizan las 24 horas.',
      'Vale recordar que el dólar oficial minorista cerró el viernes, antes de las elecciones, a $1.386, mientras que el mayorista intervenido terminó a $1.355. El dólar blue, en tanto, cerró a $1.370 y la brecha con el oficial mayorista quedó en el 1,1%.',
    ],
    expect: [
      o('$1.400', 1400, 'ARS'),
      o('$1.470', 1470, 'ARS'),
      o('$1.469', 1469, 'ARS'),
      o('$59', 59, 'ARS'),
      o('$1.386', 1386, 'ARS'),
      o('$1.355', 1355, 'ARS'),
      o('$1.370', 1370, 'ARS'),
    ],
  },
];
