import { o, type RealCase } from '../labels';

const cell = (row: string, hash: string, watt: string, usd: string) => [
  { text: row, header: '固件类型', row },
  { text: hash, header: '算力(TH/s)', row },
  { text: watt, header: '功耗(W)', row },
  { text: usd, header: '日收益(美元)', row },
];

export const cases: RealCase[] = [
  {
    url: 'https://www.decaminer.com/zh_cn/pages/32',
    lang: 'zh',
    tags: ['table', 'format'],
    title: '矿机革新与生存法则:算力炼金术全解析',
    blocks: [
      '固件算法:动态调频技术(如Braiins OS+)可提升收益5-15%。',
      '案例:同一矿机在不同固件下的收益差异(以S19 XP为例):',
      ...cell('官方固件', '140', '3010', '8.2'),
      ...cell('超频固件', '155', '3450', '9.1'),
    ],
    expect: [o('8.2', 8.2), o('9.1', 9.1)],
  },
];
