import { o, p, type RealCase } from '../labels';

// Japanese wiki-style guide: one worked conversion, a BTC price and what a fraction is worth.
export const cases: RealCase[] = [
  {
    url: 'https://www.ddjxad.top/ja/wiki/1132793',
    lang: 'ja',
    tags: ['prose'],
    title: 'ビットコイン 価格 変換の完全ガイド',
    blocks: [
      {
        text: '「価格変換」というのは、現在のビットコイン価格を日本円や米ドルなど他の通貨建てで算出することを意味します。たとえば、1BTC = 9,000,000円であれば0.002BTCは18,000円といった具合に自分が保有するBTCの価値を現地通貨で知ることができます。',
        heading: '価格変換とは?',
      },
    ],
    expect: [p('9,000,000円', 9000000, 'JPY'), o('18,000円', 18000, 'JPY')],
  },
];
