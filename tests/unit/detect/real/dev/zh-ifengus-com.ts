import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ifengus.com/a/16338.html',
    lang: 'zh',
    tags: ['prose', 'anaphora', 'format'],
    title: '虚拟货币大跌 比特币一度跌近一成半',
    blocks: [
      '虚拟货币近来大幅回落,比特币一度重挫近一成半。上周末比特币从超过64000美元的历史高位急跌19%,约40亿美元的衍生品合约被强制平仓。周一价格只剩55000美元。',
      '以太币也跌逾一成一,失守2千美元整数关口。',
    ],
    expect: [p('64000美元', 64000), o('40亿美元', 4000000000), p('55000美元', 55000), o('2千美元', 2000)],
  },
];
