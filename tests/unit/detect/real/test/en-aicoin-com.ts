import { o, p, type RealCase } from '../labels';

// Translated newsletter essay on miner economics, republished on a crypto data portal: the spot price as a
// threshold and as the basis of a monthly revenue total, weekly revenue totals, a per-TH cent figure and a
// network valuation, all others except the two coin prices.
export const cases: RealCase[] = [
  {
    url: 'https://www.aicoin.com/en/article/502920',
    lang: 'en',
    tags: ['prose', 'format'],
    title: "Bitcoin's Plunge: Who is Profiting? Who is Holding On?",
    blocks: [
      'The finances of Bitcoin miners are simple: a fixed income set by the protocol against real-world costs that move. When markets swing, they feel the pressure on their balance sheets first. They earn by selling the coins they mine and spend mostly on electricity.',
      'With Bitcoin now below $90,000, miners are struggling. Over the past two months their 7-day average income has fallen 35%, from $60 million to $40 million.',
      'Income is fixed in the protocol: 3.125 BTC per block, about 144 blocks a day, roughly 450 BTC mined daily across the network. Over 30 days miners collect 13,500 BTC, which at the current price of about $88,000 comes to around $1.2 billion. Spread over a record 1,078 EH/s of hashrate, each TH/s earns just 3.6 cents a day, and that is the whole economic base securing this $17 trillion network.',
    ],
    expect: [
      p('$90,000', 90000),
      o('$60 million', 60e6),
      o('$40 million', 40e6),
      p('$88,000', 88000),
      o('$1.2 billion', 1.2e9),
      o('3.6 cents', 0.036),
      o('$17 trillion', 17e12),
    ],
  },
];
