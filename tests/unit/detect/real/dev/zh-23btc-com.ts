import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.23btc.com/118817',
    lang: 'zh',
    tags: ['cost', 'prose'],
    title: '比特币挖矿遭遇15年最冷寒冬,矿企集体陷入生存考验',
    blocks: [
      '比特币挖矿遭遇15年最冷寒冬,矿企集体陷入生存考验',
      '据TheMinerMag最新研究报告,比特币挖矿行业正面临诞生以来最严重的利润萎缩。当前哈希价格已跌破关键支撑位,降至约35美元/PH/s的历史低位,创行业结构性新低。',
      '新一代矿机的投资回报周期已拉长至1000天以上,而距离下一次减半仅剩约850天,矿工可能尚未收回设备成本,就要面对区块奖励减半的二次冲击。',
      '资本市场反应剧烈。自10月中旬以来,Marathon Digital(MARA)、CleanSpark、Riot Platforms及HIVE四大矿企股价跌幅达32%至54%。',
    ],
    expect: [o('35美元', 35)],
  },
];
