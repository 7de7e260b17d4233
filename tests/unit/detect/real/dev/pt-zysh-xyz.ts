import { o, p, type RealCase } from '../labels';

// Portuguese crypto news: liquidation totals, a BTC drop and level, other coins, a realized price per coin.
export const cases: RealCase[] = [
  {
    url: 'https://www.zysh.xyz/pt/news/detail/12560604979850',
    lang: 'pt',
    tags: ['prose', 'change'],
    title:
      'Queda acentuada de Bitcoin e Ethereum causa liquidação recorde de US$ 1,7 bilhão no início da semana',
    blocks: [
      'Queda acentuada de Bitcoin e Ethereum causa liquidação recorde de US$ 1,7 bilhão no início da semana',
      'Os preços das criptomoedas despencaram durante o horário de negociação asiático, eliminando quase 4% da capitalização de mercado em uma única sessão.',
      'O Bitcoin liderou a queda, caindo mais de US$ 4.000 no último dia para se manter próximo de US$ 112.000 no momento da publicação, segundo dados do CryptoSlate.',
      'Enquanto isso, a queda não se limitou ao BTC: o Ethereum recuou 7% para US$ 4.163, enquanto o XRP perdeu mais de 6% e passou a ser negociado em torno de US$ 2,82.',
      'Wedson explicou que o preço realizado dos detentores de curto prazo do Bitcoin está atualmente em US$ 111.400, um nível que as instituições deveriam ter garantido muito antes.',
      'Liquidação de US$ 1,7 bilhão',
    ],
    expect: [
      o('US$ 1,7 bilhão', 1.7e9),
      o('US$ 4.000', 4000),
      p('US$ 112.000', 112000),
      o('US$ 4.163', 4163),
      o('US$ 2,82', 2.82),
      p('US$ 111.400', 111400),
      o('US$ 1,7 bilhão', 1.7e9),
    ],
  },
];
