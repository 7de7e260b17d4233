import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance-proxy.shuxipo.com/pt/square/post/35891860026193',
    lang: 'pt',
    tags: ['cost', 'forum', 'anaphora'],
    blocks: [
      'Recentemente, o Bitcoin caiu para menos de 76.000 dólares e o mercado está em alerta.',
      'Desde o halving de 2024 a receita dos mineradores caiu pela metade e o preço de desligamento subiu. Hoje, o custo de desligamento das fazendas eficientes (como a Antminer S21 com eletricidade barata) está em torno de 48.000 a 58.000 dólares, enquanto a linha de lucro e prejuízo de muitas máquinas de eficiência média já está perto da faixa de 68.000 a 72.000 dólares.',
      'No geral, 68.000 dólares não é só onde está a média móvel de 200 semanas, mas também a linha de defesa psicológica da rede. Se o preço cair até lá e se estabilizar, há grande chance de ser o fundo deste ajuste.',
    ],
    expect: [
      p('76.000 dólares', 76000),
      c('48.000', 48000),
      c('58.000 dólares', 58000),
      c('68.000', 68000),
      c('72.000 dólares', 72000),
      p('68.000 dólares', 68000),
    ],
  },
];
