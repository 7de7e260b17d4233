import { c, p, type RealCase } from '../labels';

// Cryptured on JPMorgan's 2022 production-cost estimate: costs per coin ("$13,000 from $24,000"), then
// the same $13,000 as a forecast price bottom in the next paragraph.
export const cases: RealCase[] = [
  {
    url: 'https://www.cryptured.com/cost-of-mining-bitcoin-drops-to-10-month-lows/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Cost of Mining Bitcoin Drops to 10-Month Lows',
    blocks: [
      'As mining hardware grows more efficient, the cost of mining one Bitcoin has sunk to ten-month lows, down 6.7% from its May peak.',
      'JP Morgan strategist Nikolaos Panigirtzoglou told investors on Wednesday that BTC production costs have dropped to around $13,000 from $24,000 at the start of June, the lowest since September 2021.',
      'Some analysts treat the production cost as the lower bound of Bitcoin’s price range in a bear market, and some expect BTC price to fall to $13,000, in line with the 80%+ drawdowns of the last two bear markets.',
    ],
    expect: [c('$13,000', 13000), c('$24,000', 24000), p('$13,000', 13000)],
  },
];
