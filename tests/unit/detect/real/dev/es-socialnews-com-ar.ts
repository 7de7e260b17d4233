// Nota sobre el costo de minar en 2025. La página escribe "minar un bloque" para la cifra de MacroMicro, pero la
// compara con el precio de un BTC y luego habla de "minar un Bitcoin": un lector la toma como costo por moneda (c).
import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://socialnews.com.ar/?p=7822',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title:
      '¡Increíble! ¿Por qué minar un Bitcoin ya cuesta MÁS que un auto de lujo? ¡Descubre el impactante motivo!',
    blocks: [
      '¡Increíble! ¿Por qué minar un Bitcoin ya cuesta MÁS que un auto de lujo? ¡Descubre el impactante motivo!',
      'El costo de la minería en 2025',
      'Según datos de la web MacroMicro, el costo promedio de minar un bloque de Bitcoin ronda los 99.148 dólares, mientras que el precio de BTC es de aproximadamente 88.410 dólares. Minar no es necesariamente rentable; sigue siendo atractivo gracias a la emisión coinbase de cada bloque, equivalente a 3,125 BTC —alrededor de 276.281,25 dólares.',
      'Y la situación se complica. En noviembre de 2025, el costo de minar un Bitcoin podría subir hasta 114.000 dólares por la escasez de ASICs y el creciente consumo eléctrico de la IA. Riot Platforms, por ejemplo, con 36 EH/s de potencia y una tesorería de 19.000 BTC, ha generado beneficios de alrededor de 500 millones de dólares en 2025.',
    ],
    expect: [
      c('99.148 dólares', 99148),
      p('88.410 dólares', 88410),
      o('276.281,25 dólares', 276281.25),
      c('114.000 dólares', 114000),
      o('500 millones de dólares', 5e8),
    ],
  },
];
