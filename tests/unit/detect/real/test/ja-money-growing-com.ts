import { p, type RealCase } from '../labels';

// Japanese investing blog: the coin price as an equation "1BTC=約500万円" in the middle of a paragraph
// about buying in small units ("0.0001BTC" is a quantity, not an amount).
export const cases: RealCase[] = [
  {
    url: 'https://money-growing.com/bitcoin-why-buy/',
    lang: 'ja',
    tags: ['label-value', 'format'],
    title: 'ビットコインはいつまで上がる?今から買っても大丈夫?',
    blocks: [
      { text: 'ビットコインは0.0001BTCから取引できる', heading: 'ビットコインは0.0001BTCから取引できる' },
      '2021年2月24日時点では、1BTC=約500万円ほどになります。高すぎて買えないと思うかもしれませんが、少額から買うこともできます。',
    ],
    expect: [p('500万円', 5000000, 'JPY')],
  },
];
