import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://moneyreport.com.br/dinheiro/bitcoins-consumirao-uma-argentina-em-energia-em-2018-estima-banco',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoins consumirão uma Argentina em energia em 2018, estima banco',
    blocks: [
      'O banco Morgan Stanley estima que, em 2018, as bitcoins podem consumir tanta eletricidade quanto a população da Argentina, ou o previsto para todos os carros elétricos do mundo em 2025. A bitcoin é minerada resolvendo problemas matemáticos cujas respostas validam novas transações, tarefa que exige muita energia. O banco calcula que o custo de criar uma bitcoin está entre US$ 3 mil e US$ 7 mil.',
    ],
    expect: [c('US$ 3 mil', 3000), c('US$ 7 mil', 7000)],
  },
];
