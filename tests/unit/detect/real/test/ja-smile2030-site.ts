import { p, type RealCase } from '../labels';

// Japanese personal blog arguing Bitcoin's "product life" is over: past record highs in yen with a
// per-coin suffix ("約13万円/BTC", "760万円超え/BTC") inside a list of milestone events.
export const cases: RealCase[] = [
  {
    url: 'https://smile2030.site/bitcoin-owata/',
    lang: 'ja',
    tags: ['prose', 'format'],
    title: 'ビットコインの商品寿命は、2021年で終わりを迎えている',
    blocks: [
      'ビットコインで言えば、象徴的な出来事は次の2つだ。',
      'ビットコインの登場(2009年)',
      '市場最高値更新(約13万円/BTC)、中国市場での取引停止、日本の取引所に登場(2013年〜2014年)',
      '理論どおり、等間隔で象徴的な出来事が起きている。',
      '2017年には市場最高値更新(約500万円/BTC)、億り人量産',
      '2021年にはふたたび市場最高値更新(760万円超え/BTC)',
    ],
    expect: [p('13万円', 130000, 'JPY'), p('500万円', 5e6, 'JPY'), p('760万円', 7.6e6, 'JPY')],
  },
];
