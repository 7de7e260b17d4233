import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://menafn.com/1109498099/Riot-Platforms-Reports-First-Quarter-2025-Financial-Results-Current-Operational-And-Financial-Highlights',
    lang: 'en',
    tags: ['table', 'cost', 'format'],
    title:
      'Riot Platforms Reports First Quarter 2025 Financial Results, Current Operational And Financial Highlights',
    blocks: [
      'The Company defines Cost to Mine as the cost to mine one Bitcoin, excluding Bitcoin miner depreciation, as calculated in the table below.',
      {
        text: '$ 61,830',
        header: 'Three Months Ended March 31, 2025',
        row: 'Cost of power for self-mining operations',
      },
      {
        text: '$ 28,555',
        header: 'Three Months Ended March 31, 2024',
        row: 'Cost of power for self-mining operations',
      },
      { text: '$ (296,367)', header: 'Three Months Ended March 31, 2025', row: 'Net income (loss)' },
      { text: '$ (176,361)', header: 'Three Months Ended March 31, 2025', row: 'Adjusted EBITDA' },
    ],
    expect: [o('$ 61,830'), o('$ 28,555'), o('$ (296,367)'), o('$ (176,361)')],
  },
];
