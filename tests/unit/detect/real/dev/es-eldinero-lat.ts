import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://eldinero.lat/posts/DC05DD4B-648D-46A3-8123-7548C4322CAF',
    lang: 'es',
    tags: ['cost', 'prose'],
    blocks: [
      'Uno de los gastos más pesados de la minería de Bitcoin es la electricidad, y su precio cambia mucho de una región a otra.',
      'Según varias estimaciones, el costo medio de energía para minar un Bitcoin puede moverse entre los 5.000 y los 12.000 dólares. El rango es amplio porque refleja mercados energéticos muy distintos. En 2021, con la subida del precio de Bitcoin, muchos mineros buscaron lugares con energía más barata.',
    ],
    expect: [c('5.000', 5000), c('12.000 dólares', 12000)],
  },
];
