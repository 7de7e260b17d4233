import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptolandia.com.br/?p=44937',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Mineradores de Bitcoin estão capitulando, diz CryptoQuant',
    blocks: [
      'Dados de blockchain mostram sinais de que a indústria de mineração de Bitcoin está “capitulando”, segundo a CryptoQuant — um provável precursor de um fundo local antes de novas máximas.',
      'Vários sinais de capitulação surgiram no último mês, período em que o preço do Bitcoin caiu 13%, de $ 68.791 para $ 59.603.',
      'A redução de 7,7% na taxa de hash lembra a de dezembro de 2022, quando o preço do Bitcoin atingiu o fundo de US$ 16.000 antes de subir mais de 300% nos 15 meses seguintes.',
    ],
    expect: [p('$ 68.791', 68791), p('$ 59.603', 59603), p('US$ 16.000', 16000)],
  },
];
