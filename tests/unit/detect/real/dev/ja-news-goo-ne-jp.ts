import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.goo.ne.jp/article/bloomberg/business/bloomberg-R632OZDWX2PT01.html',
    lang: 'ja',
    tags: ['prose', 'format'],
    blocks: [
      '(ブルームバーグ): 米金融当局が景気刺激策を解除する意向を示し、世界の高リスク資産が打撃を受けるなか、暗号資産(仮想通貨)で最大のビットコインは21日、12%強下げた。一時3万6000ドルを割り込み、昨年7月以来の安値をつけた。',
      'ビットコインは昨年11月のピークから45%を超えて下げており、イーサなどほかの仮想通貨も同様に売られている。',
      'ビットコインの時価総額は昨年11月以降の値下がりで6000億ドル(約68兆円)減り、仮想通貨市場全体の時価総額も1兆ドル余り失われた。',
      'Crypto Meltdown Erases More Than $1 Trillion in Market Value (2)(抜粋)',
    ],
    expect: [
      p('3万6000ドル', 36000),
      o('6000億ドル', 6e11),
      o('68兆円', 6.8e13, 'JPY'),
      o('1兆ドル', 1e12),
      o('$1 Trillion', 1e12),
    ],
  },
];
