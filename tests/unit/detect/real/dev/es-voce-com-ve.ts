import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://voce.com.ve/2017/10/19/272446/mineria-de-criptomonedas/',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Minería de criptomonedas, el negocio fácil de los venezolanos',
    blocks: [
      'Minería de criptomonedas, el negocio fácil de los venezolanos',
      'CARACAS – La minería de criptomonedas se ha convertido en un negocio popular en Venezuela. Cada vez más venezolanos compran máquinas que producen dinero con distintas monedas cifradas. La más usada es el Bitcoin, cuyo valor hoy supera los 5.600 dólares.',
    ],
    expect: [p('5.600 dólares', 5600)],
  },
];
