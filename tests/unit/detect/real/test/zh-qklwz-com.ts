import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://qklwz.com/btb/hangqing/33783.html',
    lang: 'zh',
    tags: ['prose', 'format', 'anaphora'],
    title: '比特币价格大幅下跌 较高点已减半',
    blocks: [
      '来源:环球网',
      '据CNN 19日报道,投资者忧虑风险抛售,当天比特币价格重挫,虚拟货币市场随之恐慌。19日,比特币跌至3020.1万美元,日内最大跌幅达31.22%。之后有所回升,但依然低于4万美元。',
      '和今年4月份64843美元的高点相比,价格已经减半。',
    ],
    expect: [p('3020.1万美元', 30201000), p('4万美元', 40000), p('64843美元', 64843)],
  },
];
