import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitget.org/zh-TC/news/detail/12560604318690',
    lang: 'zh-TW',
    tags: ['cost', 'prose', 'format'],
    title: 'CoinShares報告》比特幣挖礦成本49,500鎂創新高!直接買BTC更划算',
    blocks: [
      'CoinShares報告》比特幣挖礦成本49,500鎂創新高!直接買BTC更划算',
      'CoinShares 第三季挖礦報告指出,第四次減半後挖礦業處境艱難,若只算現金支出,每枚比特幣生產成本約 49,500 美元;若把折舊、股票補償等一併計入,平均生產成本高達 96,100 美元。',
      'CoinShares 表示,依第二季現金成本推估,上市礦企生產一枚比特幣平均要 49,500 美元,第一季則為 47,200 美元。',
    ],
    expect: [
      c('49,500鎂', 49500),
      c('49,500 美元', 49500),
      c('96,100 美元', 96100),
      c('49,500 美元', 49500),
      c('47,200 美元', 47200),
    ],
  },
];
