import { o, p, type RealCase } from '../labels';

// Chinese nostalgia post: "100块" of BTC in 2011 (colloquial yuan), per-coin prices in 元/枚.
export const cases: RealCase[] = [
  {
    url: 'http://www.70797.net/view/7493.html',
    lang: 'zh',
    tags: ['prose', 'format', 'forum'],
    blocks: [
      '2011年的某个午后,如果有人告诉你,用100块人民币能买下100个比特币(BTC),你大概率会以为对方在讲一个冷笑话,彼时的比特币,还藏在互联网的犄角旮旯里,价格比一顿快餐还便宜——十年前的100块BTC,如今已是价值千万的“数字黄金”。',
      {
        text: '彼时的比特币价格,低得令人心酸,根据历史数据,2011年2月,比特币在中国市场的价格约为1元人民币/枚,到6月甚至跌至0.5元/枚,也就是说,100块钱能轻松买下100个BTC,甚至能囤到200个。',
        heading: '2011年:比特币的“石器时代”',
      },
    ],
    expect: [
      o('100块人民币', 100, 'CNY'),
      o('100块', 100, 'CNY'),
      p('1元人民币', 1, 'CNY'),
      p('0.5元', 0.5, 'CNY'),
      o('100块钱', 100, 'CNY'),
    ],
  },
];
