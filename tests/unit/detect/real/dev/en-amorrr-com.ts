// Explainer on the rising cost to mine one bitcoin with a metrics table: the "Break-even Price" row is a per-coin
// cost (c) in $K shorthand, the "Hash Price" row is revenue per TH/s (o).
import { c, o, type RealCase } from '../labels';

const cell = (text: string, header: string, row: string) => ({ text, header, row });

export const cases: RealCase[] = [
  {
    url: 'https://amorrr.com/7428.html',
    lang: 'en',
    tags: ['cost', 'prose', 'table', 'format'],
    title: 'How Much Does It Cost to Mine One Bitcoin in 2025?',
    blocks: [
      'How Much Does It Cost to Mine One Bitcoin in 2025?',
      'A new TheMinerMag report says the average cost to mine one Bitcoin has climbed from $52,000 in Q4 2024 to $70,000+ in Q2 2025 — a 34% jump in only two quarters.',
      'The Profitability Squeeze',
      'Higher hash rates make the network safer, but miners face growing pressure:',
      { text: 'Metric', header: 'Metric' },
      { text: 'Q4 2024', header: 'Q4 2024' },
      { text: 'Q2 2025', header: 'Q2 2025' },
      { text: 'Change', header: 'Change' },
      cell('Hash Price', 'Metric', 'Hash Price'),
      cell('$78/TH/s', 'Q4 2024', 'Hash Price'),
      cell('$52/TH/s', 'Q2 2025', 'Hash Price'),
      cell('▼ 33%', 'Change', 'Hash Price'),
      cell('Fee % of Block Reward', 'Metric', 'Fee % of Block Reward'),
      cell('3.2%', 'Q4 2024', 'Fee % of Block Reward'),
      cell('<1%', 'Q2 2025', 'Fee % of Block Reward'),
      cell('▼ 69%', 'Change', 'Fee % of Block Reward'),
      cell('Break-even Price', 'Metric', 'Break-even Price'),
      cell('$52K', 'Q4 2024', 'Break-even Price'),
      cell('$70K', 'Q2 2025', 'Break-even Price'),
      cell('▲ 34%', 'Change', 'Break-even Price'),
    ],
    expect: [
      c('$52,000', 52000),
      c('$70,000', 70000),
      o('$78', 78),
      o('$52', 52),
      c('$52K', 52000),
      c('$70K', 70000),
    ],
  },
];
