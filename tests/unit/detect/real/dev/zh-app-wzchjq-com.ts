import { c, type RealCase } from '../labels';

const URL = 'https://app.wzchjq.com/zh-tw/crypto-wiki/article/bitcoin-miners-costs-surge-in-q2-2025-20260109';
const TITLE = '2025年第二季,比特幣礦工成本大幅上升';

export const cases: RealCase[] = [
  {
    url: URL,
    lang: 'zh',
    tags: ['cost', 'prose'],
    title: TITLE,
    blocks: [
      '比特幣挖礦成本持續上升概述',
      '2025年第二季,上市比特幣礦業公司營運支出明顯增加。平均每枚比特幣現金成本升至約74,600美元,挖礦業務財務壓力急速加重。計入折舊、設備攤銷及其他間接費用後,每枚比特幣總成本約達137,800美元。',
    ],
    expect: [c('74,600美元', 74600), c('137,800美元', 137800)],
  },
  {
    url: URL,
    lang: 'zh',
    tags: ['cost', 'anaphora'],
    title: TITLE,
    blocks: [
      '成本結構深度分析',
      '74,600美元現金成本主要涵蓋電力消耗、場地維護、人工支出及設備即時維修等直接營運費用。',
      '推升總成本至137,800美元的非現金支出包括挖礦設備折舊、資本投資攤銷、股權激勵及其他會計調整。',
      '產業影響與挑戰',
      '當比特幣價格接近或低於137,800美元總生產成本時,礦工將面臨虧損風險,影響營運持續性。',
    ],
    expect: [c('74,600美元', 74600), c('137,800美元', 137800), c('137,800美元', 137800)],
  },
];
