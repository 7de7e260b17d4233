import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hk.news.yahoo.com/%E6%AF%94%E7%89%B9%E5%B9%A3%E7%8B%82%E6%BD%AE-%E6%AF%94%E7%89%B9%E5%B9%A3%E5%86%8D%E5%89%B5%E6%96%B0%E9%AB%98-%E8%A6%8B4251%E7%BE%8E%E5%85%83-142900388--finance.html',
    lang: 'zh-TW',
    tags: ['prose', 'anaphora'],
    title: '【比特幣狂潮】比特幣再創新高 見4251美元',
    blocks: [
      '【比特幣狂潮】比特幣再創新高 見4251美元',
      '【星島日報報道】虛擬貨幣比特幣(Bitcoin)近周獲日本投資者支持,價格接連創新高,周一高位曾見4251.02美元,刷新周日所見的4225.4美元紀錄高位。單是過去1星期,比特幣的市值已增加逾150億美元,今年以來累升3.2倍。',
    ],
    expect: [p('4251美元', 4251), p('4251.02美元', 4251.02), p('4225.4美元', 4225.4), o('150億美元', 15e9)],
  },
];
