import { o, type RealCase } from '../labels';

// Spot bitcoin ETF flow report: daily and cumulative inflows, per-fund inflows, total net assets and the
// national debt. No amount is the price of one coin.
const url =
  'https://chainaffairs.com/u-s-spot-bitcoin-etfs-see-record-inflows-as-bitcoin-demand-soars-amid-growing-institutional-interest/';
const title =
  'U.S. Spot Bitcoin ETFs See Record Inflows as Bitcoin Demand Soars Amid Growing Institutional Interest';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'U.S. spot Bitcoin (BTC) Exchange-Traded Funds (ETFs) recorded a net cash inflow of $588.22 million, the highest daily total since the start of the week. This brings the total net cash inflow into U.S. spot BTC ETFs to approximately $40.18 billion since their approval.',
    ],
    expect: [o('$588.22 million', 588.22e6), o('$40.18 billion', 40.18e9)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'BlackRock’s IBIT and Fidelity’s FBTC emerged as the top performers, attracting around $321 million and $209 million in inflows, respectively. This strong demand has driven the total net assets of U.S. spot Bitcoin ETFs to approximately $123.43 billion.',
    ],
    expect: [o('$321 million', 321e6), o('$209 million', 209e6), o('$123.43 billion', 123.43e9)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Bitcoin Demand Remains Robust',
      'Additionally, the Trump administration is advancing plans for a national Bitcoin stockpile to protect against the rapidly rising national debt, which now exceeds $35 trillion.',
    ],
    expect: [o('$35 trillion', 35e12)],
  },
];
