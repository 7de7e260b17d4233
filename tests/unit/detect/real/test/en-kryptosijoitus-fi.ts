import { o, type RealCase } from '../labels';

// Mining guide: an ASIC table whose "Price (approx)" column holds hardware price ranges (other), next to
// hash rates and wattages with no currency.
const H = ['Model', 'Hash Rate', 'Power', 'Price (approx)'];
const row = (cells: string[]) => cells.map((text, i) => ({ text, header: H[i], row: cells[0] }));

export const cases: RealCase[] = [
  {
    url: 'https://kryptosijoitus.fi/en/guides/bitcoin-mining-guide',
    lang: 'en',
    tags: ['table', 'format'],
    title: 'Bitcoin Mining Guide: Hardware, Costs & Profitability',
    blocks: [
      'Bitcoin Mining Guide: Hardware, Costs & Profitability',
      'Bitcoin uses a Proof of Work (PoW) consensus mechanism. Miners compete to solve complex mathematical puzzles – the first to find a valid solution gets to add the next block and receive the block reward (currently 3.125 BTC after the 2024 halving).',
      { text: 'Mining Hardware (ASICs)', heading: 'Mining Hardware (ASICs)' },
      {
        text: 'Modern Bitcoin mining requires ASIC miners – purpose-built machines designed solely for mining. These cannot be used for other computing tasks but are extraordinarily efficient at SHA-256 hashing.',
        heading: 'Mining Hardware (ASICs)',
      },
      { text: 'Popular ASIC Models (2025):', heading: 'Mining Hardware (ASICs)' },
      ...row(['Bitmain Antminer S21 Pro', '234 TH/s', '3,510W', '$6,000-8,000']),
      ...row(['MicroBT Whatsminer M60S', '186 TH/s', '3,348W', '$4,000-5,000']),
    ],
    expect: [o('$6,000', 6000), o('8,000', 8000), o('$4,000', 4000), o('5,000', 5000)],
  },
];
