import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cronista.com/espana/criptomonedas-es/bitcoin-y-euro-a-cuanto-abren-la-cotizacion-hoy-miercoles-8-de-marzo/?outputType=amp-type',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin y euro: a cuánto abren la cotización hoy miércoles 8 de marzo',
    blocks: [
      'Tras la apertura de mercados el Bitcoin se paga a las 09:00 horas a 20.847,95 euros, lo cual supuso un cambio del 1,03% frente a los datos de la jornada anterior.',
      'Con respecto a la última semana, la nueva moneda marca un descenso del 0,84%; pero desde hace un año aún conserva un incremento del 8,29%.',
      'En el último año, la nueva moneda ha llegado a pagarse en un máximo de 23.235,12 euros, mientras que su nivel más bajo ha sido 15.542,79 euros. La moneda virtual se posiciona más cerca de su valor que del mínimo.',
    ],
    expect: [
      p('20.847,95 euros', 20847.95, 'EUR'),
      p('23.235,12 euros', 23235.12, 'EUR'),
      p('15.542,79 euros', 15542.79, 'EUR'),
    ],
  },
];
