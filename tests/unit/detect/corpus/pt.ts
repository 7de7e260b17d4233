import { btc, type CorpusCase, cost, other } from './types';

// Brazilian and Portuguese press (InfoMoney, Valor, Exame, Portal do Bitcoin style).
export const pt: CorpusCase[] = [
  {
    name: 'infomoney-style: cotado a',
    text: 'O Bitcoin (BTC) opera em alta de 2,5%, cotado a US$ 66.900, enquanto o Ethereum (ETH) sobe para US$ 3.300.',
    locale: 'pt-BR',
    expect: [btc('US$ 66.900'), other('US$ 3.300')],
  },
  {
    name: 'valor-style: reais mil',
    text: 'Em reais, o bitcoin é negociado a R$ 350 mil, perto da máxima histórica de R$ 370 mil.',
    locale: 'pt-BR',
    expect: [btc('R$ 350 mil'), btc('R$ 370 mil')],
  },
  {
    name: 'exame-style: fluxos etf',
    text: 'Os ETFs de bitcoin à vista receberam US$ 2,1 bilhões em fluxos líquidos na semana.',
    locale: 'pt-BR',
    expect: [other('US$ 2,1 bilhões')],
  },
  {
    name: 'portal-do-bitcoin-style: custo de produção',
    text: 'O custo de produção de um bitcoin subiu para US$ 75 mil após o halving, enquanto o preço está em US$ 62 mil.',
    locale: 'pt-BR',
    expect: [cost('US$ 75 mil'), btc('US$ 62 mil')],
  },
  {
    name: 'money-times-style: perdeu e caiu',
    text: 'O bitcoin perdeu US$ 4 mil em poucas horas e caiu para US$ 58.500.',
    locale: 'pt-BR',
    expect: [other('US$ 4 mil'), btc('US$ 58.500')],
  },
  {
    name: 'infomoney-style: microstrategy preço médio',
    text: 'A MicroStrategy comprou 9.245 bitcoins por US$ 623 milhões, a um preço médio de US$ 67.382 por bitcoin.',
    locale: 'pt-BR',
    expect: [other('US$ 623 milhões'), btc('US$ 67.382')],
  },
  {
    name: 'valor-style: ações coinbase',
    text: 'As ações da Coinbase subiram 5%, para US$ 230, e o bitcoin avançou para R$ 340.000.',
    locale: 'pt-BR',
    expect: [other('US$ 230'), btc('R$ 340.000')],
  },
  {
    name: 'jornal-de-negocios-style: euros',
    text: 'A bitcoin negociava nos 60.150 euros, depois de ter tocado nos 62 mil euros durante a manhã.',
    locale: 'pt-PT',
    expect: [btc('60.150 euros'), btc('62 mil euros')],
  },
  {
    name: 'exame-style: ouro',
    text: 'O ouro renovou recorde a US$ 2.400 a onça, enquanto o bitcoin recuou para US$ 63 mil.',
    locale: 'pt-BR',
    expect: [other('US$ 2.400'), btc('US$ 63 mil')],
  },
];
