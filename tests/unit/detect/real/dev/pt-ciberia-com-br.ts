import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ciberia.com.br/eldorado-digital-venezuela-e-o-pais-mais-rentavel-para-minerar-bitcoins-32557',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Eldorado digital: Venezuela é o país mais rentável para minerar bitcoins',
    blocks: [
      'A Venezuela lidera a lista dos países mais econômicos e rentáveis para minerar bitcoins. No extremo oposto, a Coreia do Sul é o lugar menos indicado para a atividade.',
      'Segundo um estudo da Elite Fixtures, citado pelo I.B.Times, a Venezuela é o país mais rentável para minerar bitcoins.',
      'Com o preço da eletricidade no país, obter uma bitcoin exige gastar 531 dólares em eletricidade (quase R$ 1.700). Como uma unidade da moeda virtual vale hoje mais de 10 mil dólares (cerca de R$ 36.600), o lucro é mais do que significativo.',
      'Já na Coreia do Sul, minerar uma bitcoin exige 26 mil dólares (em torno de R$ 82 mil) em eletricidade.',
      'Em outros países latino-americanos, como México (R$ 24 mil), Brasil (R$ 21 mil) ou Argentina (R$ 14 mil), minerar a criptomoeda também compensa, mas com rentabilidade menor que a da Venezuela.',
    ],
    expect: [
      c('531 dólares', 531),
      c('R$ 1.700', 1700, 'BRL'),
      p('10 mil dólares', 10000),
      p('R$ 36.600', 36600, 'BRL'),
      c('26 mil dólares', 26000),
      c('R$ 82 mil', 82000, 'BRL'),
      c('R$ 24 mil', 24000, 'BRL'),
      c('R$ 21 mil', 21000, 'BRL'),
      c('R$ 14 mil', 14000, 'BRL'),
    ],
  },
];
