import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.laopinioncoruna.es/economia/2017/12/23/bitcoin-desploma-40-domingo/1247618.html',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'La cotización del bitcóin se vino abajo ayer: cede un 40% desde el récord del domingo, pocos días después de estrenarse en los mercados de futuros de Estados Unidos. Con la apertura de Wall Street, el precio de esa criptomoneda era de 11.795 dólares, un 28,13% menos que la víspera y muy lejos del máximo de 19.811 dólares del domingo.',
    ],
    expect: [p('11.795 dólares', 11795), p('19.811 dólares', 19811)],
  },
];
