import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://decifrafinancas.com/quanto-custa-minerar-1-bitcoin-no-brasil',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Quanto custa minerar 1 Bitcoin no Brasil',
    blocks: [
      'Minerar um único Bitcoin no Brasil custa, em média, US$ 99.310 (cerca de R$ 535 mil) apenas em energia elétrica, segundo levantamento do site NFT Evening. Isso põe o país praticamente na média global, onde há locais cujo custo é de pouco mais de US$ 1 mil, enquanto em outros beira US$ 320 mil.',
      'Com isso, o custo de minerar um Bitcoin no Brasil fica muito próximo do preço atual da criptomoeda, que gira em torno de US$ 111 mil. Na prática, um minerador brasileiro gastaria quase o mesmo que poderia ganhar.',
    ],
    expect: [
      c('US$ 99.310', 99310),
      c('R$ 535 mil', 535000, 'BRL'),
      c('US$ 1 mil', 1000),
      c('US$ 320 mil', 320000),
      p('US$ 111 mil', 111000),
    ],
  },
];
