import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://larepublica.pe/economia/1361300-bitcoin-retrocede-16-agudiza-mala-racha',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin retrocede 16% y agudiza su mala racha',
    blocks: [
      'El precio del bitcoin se hundió un 16% hasta tocar los US$ 4.200,22, su mínimo de este 2018, en paralelo al mal momento del mercado de valores estadounidense.',
      'Con datos de CoinMarketCap, la criptomoneda de mayor capitalización no marcaba un precio así desde el 30 de setiembre del 2017, tras siete días seguidos de pérdidas que le restaron un 30 % de su valor.',
      'El bitcoin, que mueve casi US$ 83.000 millones, no caía solo: las otras dos mayores monedas bajaban en proporción parecida, el XRP (-7,82 %, hasta US$ 0,45) y el Ethereum (-7,30 %, hasta US$ 143,48).',
    ],
    expect: [
      p('US$ 4.200,22', 4200.22),
      o('US$ 83.000 millones', 83e9),
      o('US$ 0,45', 0.45),
      o('US$ 143,48', 143.48),
    ],
  },
];
