import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kryptobit.de/post/bitcoin-mining-unternehmen-herausforderungen-neue-chancen',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin-Mining-Unternehmen: Herausforderungen und neue Chancen',
    blocks: [
      'Die Marktkapitalisierung börsennotierter Bitcoin-Mining-Unternehmen hat sich in sieben Monaten verdoppelt und nähert sich 40 Milliarden Dollar – trotz halbierter Blockbelohnungen und niedriger Gebühren.',
      'Laut Farside Data nähert sich die Marktkapitalisierung der Miner der 40-Milliarden-Marke, während der Bitcoin-Kurs neue Rekordhochs erreichte und zeitweise fast 100.000 US-Dollar erzielte. Als die Belohnung im April halbiert wurde, lag die kombinierte Marktkapitalisierung noch bei etwa 20 Milliarden Dollar.',
      'In der aktuellen Epoche werden nur noch 450 Bitcoin pro Tag geschürft, und die Transaktionsgebühren lagen am 27. November bei lediglich 10 BTC (946.000 US-Dollar).',
      'Die Unternehmen müssen also ihre Einnahmen diversifizieren oder Bitcoin günstiger produzieren als zum aktuellen Spotpreis von rund 96.000 US-Dollar.',
    ],
    expect: [
      o('40 Milliarden Dollar', 40e9),
      p('100.000 US-Dollar', 100000),
      o('20 Milliarden Dollar', 20e9),
      o('946.000 US-Dollar', 946000),
      p('96.000 US-Dollar', 96000),
    ],
  },
];
