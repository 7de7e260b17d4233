import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.sinolifts.com/view/18359.html',
    lang: 'zh',
    tags: ['cost', 'format'],
    title: 'BTC挖矿生死线,深度解析挖矿机关机价格及其背后的市场逻辑',
    blocks: [
      'BTC挖矿生死线,深度解析挖矿机关机价格及其背后的市场逻辑',
      {
        heading: '关机价格的计算:电费与算力的博弈',
        text: '关机价格的核心计算公式为:\n关机价格(USD/BTC)= 单位电费(USD/kWh)÷ 矿机能效(J/TH)÷ 1000 × 全网算力难度调整系数',
      },
      {
        heading: '关机价格的计算:电费与算力的博弈',
        text: '单位电费:最核心的成本变量,各地电价差距极大——水电充足的四川、云南等地电费可低至0.2-0.3元/kWh,而欧美部分地区或靠柴油发电的矿场,电费可能高达0.8-1元/kWh甚至更高;电费越低,关机价格越低,矿工抗风险能力越强。',
      },
    ],
    expect: [o('0.2', 0.2, 'CNY'), o('0.3元', 0.3, 'CNY'), o('0.8', 0.8, 'CNY'), o('1元', 1, 'CNY')],
  },
];
