import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptonizando.com/?p=88592',
    lang: 'pt-BR',
    tags: ['prose', 'format'],
    blocks: [
      'A mineradora de Bitcoin Riot Platforms divulgou números fracos para o segundo trimestre, com perdas maiores que no mesmo período de 2023.',
      'O prejuízo líquido chegou a US$84,4 milhões, bem acima dos US$27,4 milhões do ano passado. A receita total também recuou, de US$76,7 milhões para US$70 milhões.',
      'O quadro veio de uma redução de US$9,7 milhões na receita de engenharia, compensada em parte por um aumento de US$6 milhões na receita de mineração de Bitcoin, segundo o relatório da empresa.',
      'A produção caiu para 844 Bitcoins no trimestre, 52% a menos que em 2023; o halving e a dificuldade maior da rede foram apontados como os principais motivos.',
      'A mineradora também reforçou sua posição na rival Bitfarms, comprando mais 10,2 milhões de ações em julho, depois de uma oferta de aquisição frustrada em maio por US$950 milhões.',
    ],
    expect: [
      o('US$84,4 milhões', 84.4e6),
      o('US$27,4 milhões', 27.4e6),
      o('US$76,7 milhões', 76.7e6),
      o('US$70 milhões', 70e6),
      o('US$9,7 milhões', 9.7e6),
      o('US$6 milhões', 6e6),
      o('US$950 milhões', 950e6),
    ],
  },
];
