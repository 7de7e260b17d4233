import { o, p, type RealCase } from '../labels';

// A "is mining profitable" blog: ranges of rig, rent and power costs (first end bare), one BTC price, a block's value.
export const cases: RealCase[] = [
  {
    url: 'https://www.vocaciondigital.com/rentabilidad/es-rentable-minar-bitcoin/',
    lang: 'es',
    tags: ['prose', 'format'],
    title: '¿Es rentable minar Bitcoin?',
    blocks: [
      {
        heading: 'Costos iniciales de la minería',
        text: 'Uno de los primeros elementos a considerar es la inversión inicial. Incluye la compra de equipos, que puede oscilar entre 2.000 y 10.000 euros según su potencia. Si montas un mining rig a gran escala, quizá debas alquilar un espacio adecuado, que podría costar entre 200 y 500 euros mensuales.',
      },
      {
        heading: 'Consumo de energía',
        text: 'Minar Bitcoin consume mucha electricidad, que puede llegar a costar entre 0,05 y 0,10 euros por kWh. Según la potencia del equipo, podrías gastar entre 100 y 500 euros al mes solo en electricidad.',
      },
      {
        heading: 'Retorno de la inversión',
        text: 'Hagamos algunos números. La recompensa actual por bloque minado es de 6,25 Bitcoins. Si consideramos que el precio del Bitcoin es de aproximadamente 30.000 euros, cada bloque minado vale unos 187.500 euros.',
      },
    ],
    expect: [
      o('2.000', 2000, 'EUR'),
      o('10.000 euros', 10000, 'EUR'),
      o('200', 200, 'EUR'),
      o('500 euros', 500, 'EUR'),
      o('0,05', 0.05, 'EUR'),
      o('0,10 euros', 0.1, 'EUR'),
      o('100', 100, 'EUR'),
      o('500 euros', 500, 'EUR'),
      p('30.000 euros', 30000, 'EUR'),
      o('187.500 euros', 187500, 'EUR'),
    ],
  },
];
