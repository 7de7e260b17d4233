import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hxgeo.com/item/10011.html',
    lang: 'zh',
    tags: ['cost', 'format'],
    title: '比特币电费成本如何计算',
    blocks: [
      {
        heading: '1. 挖矿设备的功耗',
        text: '先弄清楚矿机的功耗,一般用瓦特(W)表示。市面上常见的比特币矿机,比如Antminer S19,功耗大约3250W。',
      },
      {
        heading: '4. 电价',
        text: '不同地区电价差别不小。以中国为例,电价大概在0.5元到1元每度电(kWh)之间。这里假设电价为0.6元/kWh。',
      },
      {
        heading: '5. 计算电费成本',
        text: '以Antminer S19为例:\n每月电费 = 2340 kWh * 0.6元/kWh = 1404元',
      },
    ],
    expect: [
      o('0.5元', 0.5, 'CNY'),
      o('1元', 1, 'CNY'),
      o('0.6元', 0.6, 'CNY'),
      o('0.6元', 0.6, 'CNY'),
      o('1404元', 1404, 'CNY'),
    ],
  },
];
