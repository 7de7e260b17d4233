import { c, p, type RealCase } from '../labels';

// hm169.com (zh): Bitcoin price falls below the global average mining cost; a cost range written
// "3.5万-4万美元" (bare 万 start, currency only at the end) next to a 万美元 price level.
export const cases: RealCase[] = [
  {
    url: 'http://www.hm169.com/view/28.html',
    lang: 'zh',
    tags: ['cost', 'prose', 'format'],
    title: '比特币价跌破挖矿成本,加密市场的至暗时刻与行业阵痛',
    blocks: [
      '比特币价跌破挖矿成本,加密市场的至暗时刻与行业阵痛',
      {
        heading: '价格与成本的“倒挂”:发生了什么?',
        text: '据行业数据机构测算,当前比特币全球平均挖矿成本约为3.5万-4万美元(具体数值因地区电价、矿机效率差异而浮动),而比特币价格自2024年5月起便震荡下行,6月中旬一度跌至3.8万美元附近,部分高成本产区的矿工已陷入“挖矿即亏损”的困境。',
      },
    ],
    expect: [c('3.5万', 35000), c('4万美元', 40000), p('3.8万美元', 38000)],
  },
];
