import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.elocho.tv/nacionales/el-dolar-blue-se-desperto-y-registro-su-mayor-salto-diario-en-un-mes-123111.html',
    lang: 'es',
    tags: ['prose', 'change', 'format'],
    title: 'El dólar blue se despertó y registró su mayor salto diario en un mes',
    blocks: [
      'El dólar blue se despertó y registró su mayor salto diario en un mes',
      'El dólar blue volvió a moverse este martes y cerró la jornada con una suba de $35, su mayor avance diario en casi un mes, en una rueda de presión cambiaria y subas en los mercados paralelos. Según operadores consultados, el billete informal terminó a $1.440 para la compra y $1.460 para la venta.',
      'Es el incremento más relevante desde el 21 de noviembre, cuando el blue había escalado $40 (+2,7%) y tocado un máximo de $1.545.',
      {
        text: 'En el segmento mayorista, referencia para el comercio exterior, el dólar avanzó $22,5 y se ubicó en $1.447,50, en línea con el resto de las cotizaciones.',
        heading: 'Subas también en el mercado oficial',
      },
      'El dólar tarjeta —que incluye el recargo del 30% deducible de Ganancias— cerró en $1.911, y los financieros también subieron:',
      'Contado con Liquidación (CCL): $1.519,72, con una brecha del 5% respecto del oficial.',
      'Dólar MEP: $1.475,86, con una brecha del 2%.',
      {
        text: 'El dólar cripto, que opera las 24 horas, cotizó a $1.505,11, según la plataforma Bitso.',
        heading: 'Mercado cripto y rendimiento de Bitcoin',
      },
      'Por su parte, Bitcoin se negoció en torno a los u$s86.300, según datos de Binance, con oscilaciones moderadas tras sus recientes picos de cotización.',
    ],
    expect: [
      o('$35', 35, 'ARS'),
      o('$1.440', 1440, 'ARS'),
      o('$1.460', 1460, 'ARS'),
      o('$40', 40, 'ARS'),
      o('$1.545', 1545, 'ARS'),
      o('$22,5', 22.5, 'ARS'),
      o('$1.447,50', 1447.5, 'ARS'),
      o('$1.911', 1911, 'ARS'),
      o('$1.519,72', 1519.72, 'ARS'),
      o('$1.475,86', 1475.86, 'ARS'),
      o('$1.505,11', 1505.11, 'ARS'),
      p('u$s86.300', 86300),
    ],
  },
];
