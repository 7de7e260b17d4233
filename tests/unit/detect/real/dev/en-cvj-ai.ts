import { c, p, type RealCase } from '../labels';

// CVJ.ai AI summary of a Capriole-based story: key-point bullets and prose where the production cost,
// the electrical cost (both per coin) and the spot price recur.
export const cases: RealCase[] = [
  {
    url: 'https://cvj.ai/summarized/crypto-news/bitcoin-nears-key-inflection-point-as-miner-margins-compress',
    lang: 'en',
    tags: ['cost', 'prose', 'label-value'],
    title: 'Bitcoin Nears Key Inflection Point as Miner Margins Compress',
    blocks: [
      {
        heading: 'Introduction',
        text: 'Bitcoin sits at a critical juncture as miner profitability metrics hint at a market bottom forming. The cryptocurrency rallied to $91,950 while hovering just above key production cost levels.',
      },
      '- Bitcoin production cost sits at $83,873 while electrical mining cost is significantly lower at $67,099',
      '- BTC trading just above production cost levels indicates compressed miner profitability at current prices',
      {
        heading: 'Miner Profitability Under Pressure',
        text: 'Capriole Investments data put Bitcoin’s production cost at $83,873, while the cryptocurrency recently traded at $91,950. That thin margin above cost signals heavy compression in miner profitability.',
      },
      'The electrical cost of mining, the bare energy input miners need, sits well lower at $67,099. Trading just above the $83,873 production cost threshold leaves miners with little economic buffer.',
    ],
    expect: [
      p('$91,950', 91950),
      c('$83,873', 83873),
      c('$67,099', 67099),
      c('$83,873', 83873),
      p('$91,950', 91950),
      c('$67,099', 67099),
      c('$83,873', 83873),
    ],
  },
];
