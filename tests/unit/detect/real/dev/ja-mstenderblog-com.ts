import { o, p, type RealCase } from '../labels';

const h = '円換算では過去最高を超えていない';

export const cases: RealCase[] = [
  {
    url: 'https://mstenderblog.com/bitcoin-trend',
    lang: 'ja',
    tags: ['prose', 'format', 'label-value', 'anaphora'],
    blocks: [
      '2025年5月22日、ビットコインがついに11万ドルの大台を突破しました。SNSや投資家界隈で大きな話題ですが、意外にも日本円換算では過去最高値ではないんです。',
      {
        heading: h,
        text: 'ビットコインの価格はドルで見れば上がっていますが、円高の影響で、日本円換算では2021年の最高値(1BTC=約800万円)に届いていません。',
      },
      { heading: h, text: '簡単に計算してみましょう。' },
      { heading: h, text: '現在:110,788ドル × 150円 ≒ 1,661万円' },
      { heading: h, text: '2021年:69,000ドル × 115円 ≒ 793万5000円' },
      {
        heading: h,
        text: 'ドル建てでは2025年が上ですが、当時の円安ドル高がビットコインの円価格を押し上げていたんですね。',
      },
    ],
    expect: [
      p('11万ドル', 110000),
      p('800万円', 8000000, 'JPY'),
      p('110,788ドル', 110788),
      o('150円', 150, 'JPY'),
      p('1,661万円', 16610000, 'JPY'),
      p('69,000ドル', 69000),
      o('115円', 115, 'JPY'),
      p('793万5000円', 7935000, 'JPY'),
    ],
  },
];
