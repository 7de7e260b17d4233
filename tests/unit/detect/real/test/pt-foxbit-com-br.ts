import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://foxbit.com.br/blog/tag/bitcoin/page/20',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Ontem, quarta-feira (26.06), por volta das 15h30, o nosso livro de ofertas mostrou o preço do Bitcoin em torno de R$ 33.000,00, enquanto nas outras corretoras a cripto era negociada na casa dos R$ 50.000,00.',
      'Por exemplo: imagine que as ordens do livro somam 100 bitcoins, com o primeiro preço do topo em R$ 50.000,00 e o último preço dessa soma em R$ 33.000,00.',
    ],
    expect: [
      p('R$ 33.000,00', 33000, 'BRL'),
      p('R$ 50.000,00', 50000, 'BRL'),
      p('R$ 50.000,00', 50000, 'BRL'),
      p('R$ 33.000,00', 33000, 'BRL'),
    ],
  },
];
