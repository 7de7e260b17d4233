import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptowatch.com.br/fundstrat-divulga-nova-metrica-para-determinar-preco-do-bitcoin-a-partir-da-mineracao/amp',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Fundstrat divulga nova métrica para determinar preço do Bitcoin a partir da mineração',
    blocks: [
      'Fundstrat divulga nova métrica para determinar preço do Bitcoin a partir da mineração',
      'Mineradores precisam de um preço médio específico do Bitcoin para empatar as despesas e, só então, lucrar. Esse valor é especulado por toda parte e os números costumam ser conflitantes. Para a Fundstrat, a métrica P/BE pode indicar um nível de suporte importante.',
      'Tom Lee explica que a empresa espera que o preço do Bitcoin atinja US$ 39 mil no final de 2019, com base na nova métrica.',
    ],
    expect: [p('US$ 39 mil', 39000)],
  },
];
