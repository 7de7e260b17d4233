import { o, type RealCase } from '../labels';

const URL = 'https://basebiance.com/bitcoin-mining-cost-2025-analysis';
const TITLE = '比特币挖矿成本价2025:从个人实验到行业趋势的深度解读';

export const cases: RealCase[] = [
  {
    url: URL,
    lang: 'zh',
    tags: ['cost', 'format'],
    title: TITLE,
    blocks: [
      '1.1 硬件投入(CAPEX)',
      'ASIC 机器:截至 2025 年,最主流的比特币 ASIC 为 Antminer S19 XP,单台算力约 140 TH/s,售价约 12,000 美元。折旧周期一般按 2 年计,年均摊销约 6,000 美元。',
      '辅助设备:包括电源、散热系统、机柜等,约占硬件总成本的 15%。',
    ],
    expect: [o('12,000 美元', 12000), o('6,000 美元', 6000)],
  },
  {
    url: URL,
    lang: 'zh',
    tags: ['cost', 'format'],
    title: TITLE,
    blocks: [
      '1.2 电力费用(OPEX)',
      '电价差异:全球范围内,电价从 0.02 美元/kWh(冰岛水电)到 0.25 美元/kWh(美国部分州)不等。2025 年,我在四川的矿场实际电价为 0.045 美元/kWh,已享受当地新能源补贴。',
      '1.3 运营与维护',
      '人工成本:矿场日常巡检、设备更换等,平均每台机器每年约 200 美元。',
      '碳排放税:部分国家对高耗能行业征收碳税,2025 年欧洲平均 0.03 美元/kWh。',
    ],
    expect: [
      o('0.02 美元', 0.02),
      o('0.25 美元', 0.25),
      o('0.045 美元', 0.045),
      o('200 美元', 200),
      o('0.03 美元', 0.03),
    ],
  },
];
