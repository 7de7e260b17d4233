import { c, o, type RealCase } from '../labels';

const title =
  'Bitfarms Ltd. (BITF): Assessing Operational Efficiency, Cost Structure, and Sustainability in a Competitive Bitcoin Mining Landscape';

export const cases: RealCase[] = [
  {
    url: 'https://www.ainvest.com/news/bitfarms-bitf-assessing-operational-efficiency-cost-structure-sustainability-competitive-bitcoin-mining-landscape-2509',
    lang: 'en',
    tags: ['cost', 'label-value', 'format'],
    title,
    blocks: [
      'Aime RobotAime Summary',
      '- Bitfarms (BITF) reported 87% YoY revenue growth to $78M in Q2 2025 but saw gross mining margin drop to 45% amid rising energy costs and post-halving challenges.',
      '- Fleet efficiency reached 17 W/TH matching industry leaders, yet operational hashrate fell to 17.7 EH/s due to Argentina exit and high U.S. electricity costs ($0.10+/kWh).',
      '- Direct BTC cost ($48,200) exceeded industry profitability thresholds ($40,000), with margins compressed by 34% industry-wide Q2 2025 energy price hikes and competition.',
    ],
    expect: [o('$78M', 78000000), o('$0.10', 0.1), c('$48,200', 48200), c('$40,000', 40000)],
  },
  {
    url: 'https://www.ainvest.com/es/news/bitfarms-bitf-assessing-operational-efficiency-cost-structure-sustainability-competitive-bitcoin-mining-landscape-2509',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title,
    blocks: [
      "The BitcoinBTC-- mining sector in 2025 is defined by a post-halving environment, where reduced block rewards and rising energy costs have intensified the need for operational efficiency. Bitfarms Ltd.BITF-- (BITF), a Canadian-based miner, has faced scrutiny for its recent underperformance relative to broader market trends. While the company reported a 87% year-over-year revenue increase to $78 million in Q2 2025, its gross mining margin contracted to 45% from 51% in the same period in 2024[1]. This decline, coupled with a direct cost per Bitcoin (BTC) of $48,200 in Q2 2025—well above the industry's $40,000 profitability threshold—raises questions about its ability to compete in a cost-sensitive market[2].",
      {
        heading: 'Operational Efficiency: Progress, but Room for Improvement',
        text: 'While this move rebalanced its energy portfolio toward North America (82% of 410 MWuM), the U.S. industrial electricity costs—often exceeding $0.10 per kWh—pose a challenge compared to low-cost regions like Oman ($0.035–$0.07 per kWh) and the UAE ($0.035–$0.045 per kWh)[1].',
      },
    ],
    expect: [
      o('$78 million', 78000000),
      c('$48,200', 48200),
      c('$40,000', 40000),
      o('$0.10', 0.1),
      o('$0.035', 0.035),
      o('$0.07', 0.07),
      o('$0.035', 0.035),
      o('$0.045', 0.045),
    ],
  },
  {
    url: 'https://www.ainvest.com/news/marathon-digital-holdings-operational-efficiency-gaps-drag-performance-high-cost-bitcoin-mining-landscape-2509',
    lang: 'en',
    tags: ['cost', 'label-value', 'format'],
    title:
      "Marathon Digital Holdings' Operational Efficiency Gaps: A Drag on Performance in a High-Cost Bitcoin Mining Landscape",
    blocks: [
      "- Rising Bitcoin mining costs ($70,000/coin) and $0.06/kWh energy prices expose Marathon's $28.7/PH cost structure as uncompetitive versus sector leaders' $52/PH benchmark.",
      "mining, but its recent underperformance relative to the broader market raises critical questions about its ability to compete in an increasingly efficiency-driven sector. While the company reported a 26% year-over-year improvement in fleet efficiency and a 24% decline in cost per petahash to $28.7 in Q2 2025 Marathon Digital Q2 2025 Slides: Dramatic Profit Turnaround Amid Bitcoin Mining Expansion[2]Bitcoin Mining Cost Surges Over 34% as Hashrate Hits New Highs[3], these gains pale in comparison to the technological leaps made by sector peers. As Bitcoin mining costs surged to over $70,000 per mined Bitcoin in Q2 2025—a 34% increase from Q4 2024 The Efficiency Frontier: How 2025’s Top Bitcoin Miners Redefine Profitability Through Energy Optimization[1]Bitcoin Mining Cost Surges Over 34% as Hashrate Hits New Highs[3]—MARA's operational metrics suggest it remains vulnerable to margin compression.",
    ],
    expect: [
      c('$70,000', 70000),
      o('$0.06', 0.06),
      o('$28.7', 28.7),
      o('$52', 52),
      o('$28.7', 28.7),
      c('$70,000', 70000),
    ],
  },
];
