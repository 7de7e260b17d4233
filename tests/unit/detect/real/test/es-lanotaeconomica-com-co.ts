import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lanotaeconomica.com.co/movidas-empresarial/la-madurez-de-bitcoin-guia-para-principiantes-y-expertos',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'La madurez de bitcoin: guía para principiantes y expertos',
    blocks: [
      'Bitcoin, la criptomoneda más conocida del mundo, alcanzó en diciembre un nuevo máximo histórico de más de USD$106,000, antes de retroceder a $92,000 tras la toma de posesión de Donald Trump. Este “efecto Trump” reforzó la confianza en el ecosistema y ayudó a llevar el precio de bitcoin por encima de los $100,000 dólares.',
    ],
    expect: [p('USD$106,000', 106000), p('$92,000', 92000), p('$100,000 dólares', 100000)],
  },
];
