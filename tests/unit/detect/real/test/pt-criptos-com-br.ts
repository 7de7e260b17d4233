import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptos.com.br/maiores-criptomoedas-mundo/',
    lang: 'pt-BR',
    tags: ['prose', 'format'],
    title: 'Quais São as Maiores Criptomoedas do Mundo?',
    blocks: [
      'Quais São as Maiores Criptomoedas do Mundo?',
      'Segundo o Coinlib, há mais de 6500 criptomoedas em uso hoje, e a capitalização de mercado global delas voltou a passar da casa dos US$ 2 trilhões recentemente, puxada pelas altas dos últimos dias.',
      {
        text: 'O ranking a seguir usa a capitalização total de mercado, que é o valor unitário de uma criptomoeda multiplicado pelo fornecimento circulante. Por exemplo, no dia desta publicação um bitcoin está cotado a R$ 251 000,00 e há aproximadamente 18 799 075 bitcoins em circulação. Multiplicando os dois, a capitalização de mercado do bitcoin chega a pouco mais de R$ 4,7 trilhões!',
        heading: 'Dois tópicos necessários',
      },
    ],
    expect: [
      o('US$ 2 trilhões', 2e12),
      p('R$ 251 000,00', 251000, 'BRL'),
      o('R$ 4,7 trilhões', 4.7e12, 'BRL'),
    ],
  },
];
