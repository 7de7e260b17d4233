import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://zy369.com/8160.html',
    lang: 'zh',
    tags: ['table', 'cost', 'anaphora', 'format'],
    title: '比特币一周涨5%背后:个人挖矿到底要花多少钱?',
    blocks: [
      {
        heading: '行情扫描:比特币逼近 5.7 万美元关口',
        text: '过去一周比特币均价升至 5.7 万美元,单周涨约 5%。',
      },
      { heading: 'Hut 8:3000 万美元显卡军备赛', text: 'Hut 8 宣布再砸 3000 万美元购买显卡,预计夏末投产。' },
      { heading: '算笔明白账:个人投矿到底要多少钱?', text: '以下按“托管矿场”模式,单台矿机在台湾矿场的费用:' },
      { text: '8,000 元', header: '单月费用', row: '电费' },
      { text: '144,000 元', header: '18 个月合计', row: '电费' },
      { text: '2,000 元', header: '单月费用', row: '制冷除湿' },
      { text: '36,000 元', header: '18 个月合计', row: '制冷除湿' },
      { text: '180,000 元', header: '18 个月合计', row: '矿机折旧' },
      '18 个月收入约 13.5 BTC ≈ 480,000 元',
    ],
    expect: [
      p('5.7 万美元', 57000),
      o('3000 万美元', 30000000),
      o('8,000 元', 8000, 'TWD'),
      o('144,000 元', 144000, 'TWD'),
      o('2,000 元', 2000, 'TWD'),
      o('36,000 元', 36000, 'TWD'),
      o('180,000 元', 180000, 'TWD'),
      o('480,000 元', 480000, 'TWD'),
    ],
  },
];
