import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://panoramacrypto.com.br/cotacao-do-bitcoin/',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'O bitcoin passa por forte volatilidade nesta semana. Depois de bater nos US$ 58 mil na segunda-feira (22/02), a cotação do bitcoin caiu até US$ 46 mil, se recuperou em seguida, mas voltou a cair nesta terça-feira (23).',
      {
        text: 'Veja no ticker abaixo o preço do bitcoin, ether e binance coin em reais e a variação de cada um nas últimas 24h.',
        heading: 'Qual é a cotação do bitcoin em reais hoje?',
      },
    ],
    expect: [p('US$ 58 mil', 58000), p('US$ 46 mil', 46000)],
  },
];
