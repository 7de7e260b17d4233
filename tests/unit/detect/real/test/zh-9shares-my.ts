import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://9shares.my/?p=3256',
    lang: 'zh',
    tags: ['prose', 'anaphora'],
    title: '比特币在元旦日下滑 三年来首见',
    blocks: [
      '比特币在元旦日下滑 三年来首见',
      '虚拟货币比特币在2018年元旦日于美国市场走低,香港时间周二凌晨1:58报13150美元,比上周五下跌8.1%。coinmarketcap.com数据显示,比特币在美国周日时段报14156美元。',
      '这是2015年以来比特币第一次在元旦日下跌。该币在2017年元旦日上涨3.6%至998美元,全年涨幅超过1300%。',
    ],
    expect: [p('13150美元', 13150), p('14156美元', 14156), p('998美元', 998)],
  },
];
