import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://es.euronews.com/2017/12/12/el-fenomeno-de-la-mineria-de-bitcoin-en-venezuela',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'El fenómeno de la minería de Bitcoin en Venezuela',
    blocks: [
      'El fenómeno de la minería de bitcoin en Venezuela nace de la necesidad de protegerse de la inflación. El fundador de BitcoinVenezuela.com, Randy Brito, calcula que unos 100.000 venezolanos están “minando”.',
      'Diego, un joven minero venezolano que prefiere un nombre ficticio, contó a Euronews: “Hay máquinas que dan 800 dólares al mes”, más de 77 millones de bolívares en el mercado negro, frente a un sueldo mínimo de 456.507 bolívares.',
      '“Una computadora cuesta entre 1000 y 4000 dólares más los impuestos de aduana. Pero la electricidad está subsidiada en Venezuela, y eso hace muy rentable la ‘minería bitcoin’.”',
    ],
    expect: [
      o('800 dólares', 800),
      o('77 millones de bolívares', 77e6, 'VEF'),
      o('456.507 bolívares', 456507, 'VEF'),
      o('1000', 1000),
      o('4000 dólares', 4000),
    ],
  },
];
