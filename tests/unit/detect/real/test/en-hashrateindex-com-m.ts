import { o, type RealCase } from '../labels';

const H = 'Efficiency (J/TH) Break Even(Months) Market Price FMV (Calculated) Premium/ Discount';

export const cases: RealCase[] = [
  {
    url: 'https://hashrateindex.com/blog/luxor-rfq-june-2023-update/',
    lang: 'en',
    tags: ['cost', 'table', 'format'],
    title: 'Luxor RFQ June 2023 Insights: Next-Gen Premiums Rise, S19j XP Emerges',
    blocks: [
      'A hashrate dip of nearly 10% in mid-June, plus BlackRock’s Bitcoin ETF filing, gave hashprice a tailwind as miner revenue rose to $79/Ph/day.',
      H,
      { text: 'S19 Pro 104T 29.5 13.8 $13.25 $17.56 -25%', heading: H },
      { text: 'S19 XP 141T 21.5 18.2 $24.00 $23.78 1%', heading: H },
    ],
    expect: [
      o('$79/Ph/day', 79),
      o('$13.25', 13.25),
      o('$17.56', 17.56),
      o('$24.00', 24),
      o('$23.78', 23.78),
    ],
  },
  {
    url: 'https://hashrateindex.com/blog/as-asic-prices-shrunk-in-2022-the-antminer-s19-xps-price-premium-grew/',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    title: "As ASIC Prices Shrunk in 2022, the Antminer S19 XP's Price Premium Grew",
    blocks: [
      'In 2022 the bear market pushed these rig tiers to all-time lows. New-gen rigs dropped 85% from $101.04/TH to $14.88/TH, mid-gen rigs 87% from $76.10/TH to $9.92/TH, and old-gen rigs 82% from $26.53/TH to $4.72/TH.',
    ],
    expect: [
      o('$101.04/TH', 101.04),
      o('$14.88/TH', 14.88),
      o('$76.10/TH', 76.1),
      o('$9.92/TH', 9.92),
      o('$26.53/TH', 26.53),
      o('$4.72/TH', 4.72),
    ],
  },
];
