import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://shakirabrasil.info/pt/mineradores-de-bitcoin-enfrentam-dificuldades-a-medida-que-ganhos-diminuem-e-btc-cai-abaixo-de-63-mil',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Os mineiros de Bitcoin enfrentam pressão financeira com a queda da criptomoeda, e a sua receita chegou recentemente a um mínimo histórico. O recuo acontece com a moeda digital em torno da marca de US$62.000.',
      'Segundo empresas de análise de dados, num dia do fim de junho a receita coletiva da mineração de Bitcoin não passou de 365 BTC, o que, ao preço de fecho desse dia, deu perto de US$23 milhões.',
      'No fim de um pregão recente, a avaliação do Bitcoin caiu 1,6%, levando a cotação da moeda para cerca de US$63.171.',
    ],
    expect: [p('US$62.000', 62000), o('US$23 milhões', 23e6), p('US$63.171', 63171)],
  },
];
