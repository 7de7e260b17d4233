import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tradediem.com.br/br/blog/isencao-de-r-35-mil-em-cripto-como-funciona-a-lei-hoje',
    lang: 'pt',
    tags: ['prose'],
    title: 'Isenção de R$ 35 mil em Cripto: Como Funciona a Lei Hoje',
    blocks: [
      'Isenção de R$ 35 mil em Cripto: Como Funciona a Lei Hoje',
      'Com o crescimento do mercado de criptomoedas no Brasil, muitos investidores querem entender como a lei trata a isenção de impostos em operações com ativos digitais. Uma das dúvidas mais comuns é sobre a isenção de R$ 35 mil para vendas de criptoativos.',
      'Hoje a Receita Federal prevê isenção de Imposto de Renda sobre o ganho de capital com a venda de criptoativos, desde que o total das vendas no mês não passe de R$ 35 mil. A regra vale para pessoas físicas e para ativos como Bitcoin e Ethereum.',
    ],
    expect: [o('R$ 35 mil', 35000, 'BRL'), o('R$ 35 mil', 35000, 'BRL'), o('R$ 35 mil', 35000, 'BRL')],
  },
  {
    url: 'https://tradediem.com.br/br/blog/isencao-de-r-35-mil-em-cripto-como-funciona-a-lei-hoje',
    lang: 'pt',
    tags: ['prose'],
    title: 'Isenção de R$ 35 mil em Cripto: Como Funciona a Lei Hoje',
    blocks: [
      'Como funciona na prática?',
      'Se você vender criptoativos e o total das vendas no mês for igual ou inferior a R$ 35 mil, fica isento do imposto sobre o lucro. Atenção: a isenção olha o total vendido, não o lucro. Ou seja, se você vender R$ 30 mil em criptoativos e lucrar R$ 10 mil, continua isento — desde que as vendas do mês não ultrapassem os R$ 35 mil.',
      'Por outro lado, se as vendas passarem de R$ 35 mil em qualquer mês, o lucro de todas as operações daquele mês passa a ser tributado.',
      'Mesmo com a isenção, é obrigatório informar as operações na Declaração anual caso o valor ultrapasse R$ 5 mil no ano ou haja ganho de capital.',
    ],
    expect: [
      o('R$ 35 mil', 35000, 'BRL'),
      o('R$ 30 mil', 30000, 'BRL'),
      o('R$ 10 mil', 10000, 'BRL'),
      o('R$ 35 mil', 35000, 'BRL'),
      o('R$ 35 mil', 35000, 'BRL'),
      o('R$ 5 mil', 5000, 'BRL'),
    ],
  },
];
