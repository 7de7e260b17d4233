import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.xtb.com/es/analisis-de-mercado/las-criptomonedas-se-desploman-tras-tocar-maximos-historicos',
    lang: 'es',
    tags: ['prose', 'format', 'change'],
    title: 'Las criptomonedas se desploman tras tocar máximos históricos',
    blocks: [
      'El mercado de criptomonedas empezó la semana con una fuerte corrección y perdió más de 300.000$ millones en capitalización en menos de 48 horas. Tras los máximos históricos de la semana pasada, Bitcoin y Ethereum lideran el retroceso y arrastran al conjunto del ecosistema por debajo de la marca simbólica de los 4$ billones.',
      {
        text: 'Bitcoin (BTC), que había superado los 125.000$ el jueves pasado, cayó hasta los 114.900$, una pérdida del 2,7% en las últimas 24 horas. Ethereum (ETH) retrocedió más de un 6% y cotiza en torno a los 4.278$.',
        heading: 'Corrección tras el rally',
      },
      'Según datos de Coin Metrics, las liquidaciones superaron los 500$ millones, de los cuales 123$ millones correspondieron a posiciones largas en Bitcoin y 178$ millones en Ethereum.',
      {
        text: 'La capitalización total del mercado cripto cayó por debajo de los 4$ billones, tras haber marcado un récord de 4,35$ billones el 14 de agosto.',
        heading: 'Capitalización total en descenso',
      },
    ],
    expect: [
      o('300.000$ millones', 3e11),
      o('4$ billones', 4e12),
      p('125.000$', 125000),
      p('114.900$', 114900),
      o('4.278$', 4278),
      o('500$ millones', 5e8),
      o('123$ millones', 1.23e8),
      o('178$ millones', 1.78e8),
      o('4$ billones', 4e12),
      o('4,35$ billones', 4.35e12),
    ],
  },
];
