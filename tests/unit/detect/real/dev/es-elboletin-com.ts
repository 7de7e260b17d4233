import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.elboletin.com/vuelve-la-fiebre-del-bitcoin-la-moneda-digital-duplica-su-precio-en-lo-que-va-de-ano',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: '¿Vuelve la fiebre del bitcoin? La moneda digital duplica su precio en lo que va de año',
    blocks: [
      '¿Vuelve la fiebre del bitcoin? La moneda digital duplica su precio en lo que va de año',
      'La criptodivisa estaba hoy en 7.307 dólares, un 2,18% más en las últimas 24 horas, y ya sube casi un 90% en el año.',
      'El bitcoin vuelve a superar la barrera de los 7.000 dólares, aunque sigue lejos de los precios previos a su desplome, pese a los titulares negativos y las advertencias de siempre.',
      'La criptomoneda llegó a valer casi 20.000 dólares a finales de diciembre de 2017, antes de la enorme caída del año pasado.',
    ],
    expect: [p('7.307 dólares', 7307), p('7.000 dólares', 7000), p('20.000 dólares', 20000)],
  },
  {
    url: 'https://www.elboletin.com/el-bitcoin-cae-cerca-de-un-7-y-vuelve-a-los-73-000-euros-por-primera-vez-desde-2024/amp',
    lang: 'es',
    tags: ['prose', 'anaphora', 'change'],
    title: 'El bitcoin cae cerca de un 7% y vuelve a los 73.000 euros por primera vez desde 2024',
    blocks: [
      'El bitcoin cae cerca de un 7% y vuelve a los 73.000 euros por primera vez desde 2024',
      'El precio del bitcoin acelera las pérdidas al final de la sesión y se deja más de 5.000 euros en menos de tres horas',
      {
        text: 'Con datos de Bloomberg, a las 20.00 horas el bitcoin caía un 6,85%, hasta los 73.088 euros por unidad. La caída se aceleró desde las 17.00 horas, cuando el activo digital empezó a perder fuerza de golpe hasta ceder más de 5.000 euros en menos de tres horas.',
        heading: 'Desplome acelerado en la recta final del día',
      },
      {
        text: 'Aunque Trump se ha mostrado favorable a las criptomonedas, sus nuevos aranceles provocaron otra corrección que llevó al bitcoin a un mínimo anual de 74.424,95 euros.',
        heading: 'Un año marcado por las pérdidas',
      },
      {
        text: 'La caída agranda la distancia con el máximo histórico de octubre de 2025, cuando el bitcoin llegó a cotizar en los 126.186 euros. Desde entonces, la criptomoneda ha perdido cerca de un 42% de su valor.',
        heading: 'Lejos del máximo histórico',
      },
    ],
    expect: [
      p('73.000 euros', 73000, 'EUR'),
      o('5.000 euros', 5000, 'EUR'),
      p('73.088 euros', 73088, 'EUR'),
      o('5.000 euros', 5000, 'EUR'),
      p('74.424,95 euros', 74424.95, 'EUR'),
      p('126.186 euros', 126186, 'EUR'),
    ],
  },
];
