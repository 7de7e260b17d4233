import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kloggi.com/10496.html',
    lang: 'zh',
    tags: ['prose', 'anaphora', 'format'],
    title: '比特币超买警报:两大关键支撑位 84 500 美元与 73 800 美元',
    blocks: [
      '比特币刚回到 10 万美元就被“泼冷水”。技术分析师指出多项指标已进入“超买区域”,回调窗口可能已经打开。',
      {
        heading: '两道生死线:84 500 美元 & 73 800 美元',
        text: '- 第一支撑:84 500 美元,对应 13% 回撤,也是 50 日均线所在区域。',
      },
      {
        heading: '两道生死线:84 500 美元 & 73 800 美元',
        text: '- 第二支撑:73 800 美元,若卖压失控,回撤 25% 并非不可能。',
      },
    ],
    expect: [p('10 万美元', 100000), p('84 500 美元', 84500), p('73 800 美元', 73800)],
  },
];
