import { c, o, type RealCase } from '../labels';

// CoinForgeHub miner earnings digest: one per-coin mining cost buried among net profit, EPS, revenue,
// cash and BTC-value totals (all other), including "2,811 BTC (approximately $176 million)".
export const cases: RealCase[] = [
  {
    url: 'https://coinforgehub.com/bitcoin/10796',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'Nasdaq-listed miner Bitdeer said it raised $150 million in private funding led by Tether. The deal brought in $100 million from the share issue, with a further $50 million available if the warrants are fully exercised.',
      'Bitcoin miner Riot Platforms published its Q1 2024 results: net profit of $211.8 million, earnings per share of $0.82, a quarterly record. Total revenue was $79.3 million, of which mining revenue was $74.6 million, from 1,364 BTC produced at an average mining cost of $23,034. Working capital stood at $692.5 million, including $688.5 million in cash and 8,490 BTC.',
      'Marathon Digital’s April report showed 850 BTC produced, 21% more than a year earlier, and 600 BTC sold to fund operations. As of April 30 it held 17,631 BTC, and its unrestricted cash, cash equivalents and BTC fell from $1.563 billion to $1.214 billion.',
      'In Q1 2024 Marathon mined 2,811 BTC (approximately $176 million). First-quarter net profit rose 184% year on year to $337.2 million, and revenue climbed 223% to $165.2 million.',
    ],
    expect: [
      o('$150 million', 150000000),
      o('$100 million', 100000000),
      o('$50 million', 50000000),
      o('$211.8 million', 211800000),
      o('$0.82', 0.82),
      o('$79.3 million', 79300000),
      o('$74.6 million', 74600000),
      c('$23,034', 23034),
      o('$692.5 million', 692500000),
      o('$688.5 million', 688500000),
      o('$1.563 billion', 1563000000),
      o('$1.214 billion', 1214000000),
      o('$176 million', 176000000),
      o('$337.2 million', 337200000),
      o('$165.2 million', 165200000),
    ],
  },
];
