import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://boletimnacional.com.br/2025/11/21/etfs-globais-de-btc-perdem-mais-de-us-14-bilhao-na-semana-com-recuo-do-mercado',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'A queda do bitcoin para a faixa de US$ 82 mil provocou uma onda de resgates nos fundos de índice lastreados na criptomoeda. Pelos dados do SoSo Value, os ETFs de bitcoin à vista tiveram saída conjunta de US$ 903,44 milhões nas últimas vinte e quatro horas. Na semana, o volume retirado passa de US$ 1,4 bilhão.',
      'Mesmo com os resgates, os ETFs spot ainda administram US$ 113,02 bilhões em ativos líquidos, o equivalente a 6,55% dos bitcoins em circulação.',
    ],
    expect: [
      p('US$ 82 mil', 82000),
      o('US$ 903,44 milhões', 903.44e6),
      o('US$ 1,4 bilhão', 1.4e9),
      o('US$ 113,02 bilhões', 113.02e9),
    ],
  },
];
