import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pulsoslp.com.mx/valores/bitcoin-logra-nuevo-maximo-supera-los-900-mil-pesos-por-unidad/1255764',
    lang: 'es',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Bitcoin logra nuevo máximo; supera los 900 mil pesos por unidad',
    blocks: [
      'El precio del bitcoin se disparó este lunes hasta un nuevo máximo histórico, después de que la automotriz Tesla anunciara una inversión de mil 500 millones de dólares en la criptomoneda.',
      'El activo llegó a cotizar en 44 mil 932 dólares por unidad, lo que equivale a más de 900 mil pesos y supone un salto de 6 mil dólares o 120 mil pesos frente al viernes pasado.',
      'En los últimos 12 meses, la más popular de las criptodivisas ha multiplicado su precio por cinco y suma una ganancia de 55% o 16 mil dólares tan solo en lo que va del año, según cifras de Investing.',
    ],
    expect: [
      o('mil 500 millones de dólares', 1.5e9),
      p('44 mil 932 dólares', 44932),
      p('900 mil pesos', 900000, 'MXN'),
      o('6 mil dólares', 6000),
      o('120 mil pesos', 120000, 'MXN'),
      o('16 mil dólares', 16000),
    ],
  },
];
