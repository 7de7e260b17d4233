import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonica.news/pt/analytics/qual-sera-o-custo-da-mineracao-de-btc-apos-o-halving-de-2024',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Qual será o custo da mineração de BTC após o halving de 2024?',
    blocks: [
      'O halving do Bitcoin ocorreu em 19 de abril de 2024 e reduziu a recompensa de 6,25 BTC para 3,125 BTC por bloco minerado. Apesar da especulação sobre a volatilidade, o valor do Bitcoin ficou relativamente estável, oscilando em torno de US$ 64 000.',
      'Historicamente, espera-se que os halvings elevem o preço, pois diminuem a oferta de novas moedas. No entanto, o preço do bitcoin já tinha subido para mais de US$ 70 000 e depois foi ajustado para cerca de US$ 57 000.',
    ],
    expect: [p('US$ 64 000', 64000), p('US$ 70 000', 70000), p('US$ 57 000', 57000)],
  },
];
