import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://zeah.us/a-pizza-de-1-bilhao-p5f32313735',
    lang: 'pt-BR',
    tags: ['prose', 'format', 'anaphora'],
    title: 'A pizza de 1 Bilhão',
    blocks: [
      'A pizza de 1 Bilhão',
      'Um deles foi o programador americano Laszlo Hanyecz, que minerava bitcoin em 2010 e, pelas contas dele, tinha muitos bitcoins.',
      'Na época não havia registro oficial do preço da criptomoeda, mas sites informais estimavam o valor do bitcoin em $ 0,00041. A conta não fechava: Laszlo gastava eletricidade minerando e não tinha onde usar a moeda.',
      'Então ele postou num chat que pagaria 10.000 bitcoins por duas pizzas. As pizzas custavam cerca de $ 41 com frete, então parecia justo.',
      'Nas semanas seguintes o bitcoin ganhou atenção. Nos meses seguintes, o bitcoin saltou para $ 0,008–20 vezes o valor que Lazslo usou como referência para as pizzas.',
      'Em 2013, quando as estimativas oficiais ganharam força, o preço do bitcoin já estava em $1.000! Em 2021, o preço do bitcoin já atingiu a marca de $ 69.000–150.000.000x o valor do bitcoin na época da pizza.',
    ],
    expect: [
      p('$ 0,00041', 0.00041),
      o('$ 41', 41),
      p('$ 0,008', 0.008),
      p('$1.000', 1000),
      p('$ 69.000', 69000),
    ],
  },
];
