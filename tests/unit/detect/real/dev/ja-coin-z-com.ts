import { p, type RealCase } from '../labels';

// Exchange column on past highs: a "【年】最高値:約Xドル(約Y円)" heading (label-value), then the same
// levels in dollars with the yen equivalent in brackets.
const H = '【2011年】最高値:約35ドル(約2,800円)';

export const cases: RealCase[] = [
  {
    url: 'https://coin.z.com/jp/column/bitcoin-highest-price/',
    lang: 'ja',
    tags: ['label-value', 'prose', 'format'],
    title: 'ビットコイン(BTC)の最高値はいくら?過去の最高値情報と今後価格に影響が大きいと予想されるイベント',
    blocks: [
      'ビットコイン(BTC)の最高値はいくら?過去の最高値情報と今後価格に影響が大きいと予想されるイベント',
      '最終更新日:2020/11/05',
      'ビットコイン(BTC)の価格は、これまで何度も大きく変動してきました。日本でも2017年に、ビットコイン(BTC)をはじめとする暗号資産(仮想通貨)の価格高騰が話題になりました。',
      {
        text: 'ビットコイン(BTC)が過去、最高値を記録したのはいつ?',
        heading: 'ビットコイン(BTC)が過去、最高値を記録したのはいつ?',
      },
      {
        text: 'ビットコイン(BTC)は過去に何度も最高値を記録しています。その中でも大きく高値を更新したタイミングと、その年に起きた出来事を確認しておきましょう。',
        heading: 'ビットコイン(BTC)が過去、最高値を記録したのはいつ?',
      },
      { text: H, heading: H },
      {
        text: '2011年1月1日時点で、ビットコイン(BTC)の価格は約0.3ドル(当時のレートで約24円)でしたが、2011年6月10日には約35ドル(当時のレートで約2,800円)に達します。しかし、ある事件をきっかけに、ビットコイン(BTC)の価格は下落しました。',
        heading: H,
      },
    ],
    expect: [
      p('35ドル', 35),
      p('2,800円', 2800, 'JPY'),
      p('0.3ドル', 0.3),
      p('24円', 24, 'JPY'),
      p('35ドル', 35),
      p('2,800円', 2800, 'JPY'),
    ],
  },
];
