import { o, p, type RealCase } from '../labels';

// Japanese beginner guide: a worked example of buying at one price per coin and selling lower.
export const cases: RealCase[] = [
  {
    url: 'https://bitcoin-zuttomo.com/son',
    lang: 'ja',
    tags: ['prose', 'change', 'anaphora'],
    blocks: [
      {
        text: 'ビットコイン(仮想通貨)を買った時の価格よりも安い価格で売ると、投資額よりも損することになります。',
        heading: '買った時よりも、安い価格のときに売った場合',
      },
      {
        text: '例えば、1ビットコイン150万円のときに買って、120万円に下がった時に売ってしまったらー30万円の損になりますよね。',
        heading: '買った時よりも、安い価格のときに売った場合',
      },
      {
        text: '逆に、100万円、50万円、20万円と下がっても、投資したときよりはマイナスになっていますが、売却していないので、まだ損しているわけではありません。',
        heading: '買った時よりも、安い価格のときに売った場合',
      },
      {
        text: '※ただし、ビットフライヤーに関しては、二段階認証登録をしていれば、日本円100万円まで補償されます。',
        heading: '個人のログインパスワードがハッカーにバレて侵入される場合',
      },
    ],
    expect: [
      p('150万円', 1500000, 'JPY'),
      p('120万円', 1200000, 'JPY'),
      o('30万円', 300000, 'JPY'),
      p('100万円', 1000000, 'JPY'),
      p('50万円', 500000, 'JPY'),
      p('20万円', 200000, 'JPY'),
      o('100万円', 1000000, 'JPY'),
    ],
  },
];
