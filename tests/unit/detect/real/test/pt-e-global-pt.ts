import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://e-global.pt/noticia/vida/tecnologia/irao-usa-mineracao-de-criptomoedas-para-diminuir-o-impacto-das-sancoes-segundo-estudo/',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Irão usa mineração de criptomoedas para diminuir o impacto das sanções',
    blocks: [
      'O Irão minera cerca de 4,5% de toda a bitcoin do mundo, o que lhe permite ganhar centenas de milhões de dólares para comprar importações, concluiu um estudo da Elliptic.',
      'Ao nível atual, a produção de criptomoeda do Irão equivale a uma receita próxima de 1 bilião de dólares por ano.',
    ],
    expect: [o('1 bilião de dólares', 1e12)],
  },
];
