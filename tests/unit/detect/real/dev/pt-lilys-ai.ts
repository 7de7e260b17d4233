import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lilys.ai/pt/notes/bitcoin-strategy-20251209/bitcoin-crypto-35k-tax-exemption',
    lang: 'pt',
    tags: ['label-value', 'anaphora'],
    title: 'Isenção de R$ 35 mil em criptomoedas',
    blocks: [
      '1. Isenção de Imposto de R$ 35 Mil em Criptomoedas [0]',
      'A isenção de R$ 35.000 vale sobre o lucro obtido com criptomoedas. [1]',
      'Isso vale para holders, mineração, staking ou qualquer outra forma de obter criptomoedas. [0]',
      'A isenção de R$ 35.000 é um limite mensal. [4]',
    ],
    expect: [o('R$ 35 Mil', 35000, 'BRL'), o('R$ 35.000', 35000, 'BRL'), o('R$ 35.000', 35000, 'BRL')],
  },
  {
    url: 'https://lilys.ai/pt/notes/bitcoin-strategy-20251209/bitcoin-crypto-35k-tax-exemption',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Isenção de R$ 35 mil em criptomoedas',
    blocks: [
      'Exemplo de Cálculo de Lucro para Isenção: [1]',
      'Imagine que você comprou 1 unidade de Bitcoin por R$ 20.000. [2]',
      'O Bitcoin valorizou e você vendeu por R$ 35.000. [3]',
      'Seu lucro é de R$ 15.000 (R$ 35.000 - R$ 20.000). [5]',
      'Como o lucro de R$ 15.000 fica abaixo do teto de R$ 35.000, você não paga imposto nenhum. [6]',
    ],
    expect: [
      p('R$ 20.000', 20000, 'BRL'),
      p('R$ 35.000', 35000, 'BRL'),
      o('R$ 15.000', 15000, 'BRL'),
      p('R$ 35.000', 35000, 'BRL'),
      p('R$ 20.000', 20000, 'BRL'),
      o('R$ 15.000', 15000, 'BRL'),
      o('R$ 35.000', 35000, 'BRL'),
    ],
  },
  {
    url: 'https://lilys.ai/pt/notes/bitcoin-strategy-20251209/bitcoin-crypto-35k-tax-exemption',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Isenção de R$ 35 mil em criptomoedas',
    blocks: [
      'Regra de Tributação ao Exceder o Limite: [7]',
      'Se você comprou a R$ 20.000 e vendeu a R$ 35.000,01, já precisa pagar imposto. [7]',
      'O imposto será cobrado sobre o seu lucro total. [7]',
    ],
    expect: [p('R$ 20.000', 20000, 'BRL'), p('R$ 35.000,01', 35000.01, 'BRL')],
  },
];
