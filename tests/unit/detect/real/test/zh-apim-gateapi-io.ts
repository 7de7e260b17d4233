import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://apim.gateapi.io/zh-tw/crypto-wiki/article/understanding-bitcoin-mining-costs-insights-from-industry-data-20251224',
    lang: 'zh-TW',
    tags: ['cost', 'prose', 'format'],
    title: '比特幣挖礦成本解析:從業界數據的深入洞察',
    blocks: [
      {
        heading: '挖掘1枚比特幣的成本是多少?',
        text: '依產業數據,到2025年底,整體挖礦成本約為每枚BTC 26,000至36,000美元,實際數字隨地區與營運效率差異很大。',
      },
      '電力成本(占總成本60%-70%):水電豐沛地區旺季每度電最低可到0.03美元,其他地區則可能高達0.15美元。',
      '硬體成本:主流礦機每台約在5,000至10,000美元之間。',
    ],
    expect: [
      c('26,000', 26000),
      c('36,000美元', 36000),
      o('0.03美元', 0.03),
      o('0.15美元', 0.15),
      o('5,000', 5000),
      o('10,000美元', 10000),
    ],
  },
];
