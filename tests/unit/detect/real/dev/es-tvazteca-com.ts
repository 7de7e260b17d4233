import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tvazteca.com/aztecanoticias/cierre-bolsa-mexicana-valores-hoy-23-febrero-2026-precio-dolar-peso-mexicano-wall-street-petroleo-bitcoin-valor-btc/',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'El S&P/BMV IPC, principal indicador de la Bolsa mexicana, terminó la sesión en 70,633.77 unidades, una baja de 1.12%, equivalente a 802.78 puntos menos que la jornada previa.',
      {
        text: 'En Banco Azteca, el dólar cerró la jornada de hoy 23 de febrero de 2026 en $16.00 pesos a la compra y en $17.89 pesos mexicanos a la venta en ventanilla.',
        heading: '¿A cuánto está el dólar en México este 23 de febrero 2026?',
      },
      'Por su parte, en Tijuana el dólar terminó en $16.85 pesos a la venta; el valor puede variar según el lugar donde cambies tu dinero.',
      {
        text: 'Al término de la jornada del lunes 23 de febrero de 2026, el precio del Bitcoin se ubica en 63 mil 996 dólares por unidad, con una importante baja del 5.35% frente a su último cierre.',
        heading: 'Valor del Bitcoin hoy 23 de febrero 2026',
      },
    ],
    expect: [
      o('$16.00 pesos', 16, 'MXN'),
      o('$17.89 pesos mexicanos', 17.89, 'MXN'),
      o('$16.85 pesos', 16.85, 'MXN'),
      p('63 mil 996 dólares', 63996),
    ],
  },
];
