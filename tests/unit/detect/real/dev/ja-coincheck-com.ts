import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coincheck.com/id/article/323?category_id=9',
    lang: 'ja',
    tags: ['prose', 'anaphora', 'format'],
    title: 'ビットコイン(BTC)の価格推移の歴史!価格が上昇する理由についても解説',
    blocks: [
      '2024年3月5日、ビットコイン(BTC)の価格はとうとう1,000万円の大台を超え、最高値を塗り替えました。その後も値上がりは止まらず、3月14日には約1,080万円をつけています。',
      'BTCJPY',
      '2009年に生まれたばかりのころ、価格は1円にも届きませんでした。最高値と比べると、1,000万倍を超える上昇となった計算です。',
    ],
    expect: [p('1,000万円', 10000000, 'JPY'), p('1,080万円', 10800000, 'JPY'), p('1円', 1, 'JPY')],
  },
];
