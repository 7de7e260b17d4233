import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://btc-koryaku.com/?p=100',
    lang: 'ja',
    tags: ['cost', 'prose'],
    blocks: [
      {
        heading: 'マイニングをするために必要なコストは主に2系統',
        text: 'ちなみに、これ以外に「BTCの価格」という大きな変動要素がありますが、こちらは将来の値上がりに期待して割り切りましょう(笑) なお、ざっくりした感覚では、1BTC=80万円 を超えれば、マイニング収支がプラスになると思います。',
      },
    ],
    expect: [c('80万円', 800000, 'JPY')],
  },
];
