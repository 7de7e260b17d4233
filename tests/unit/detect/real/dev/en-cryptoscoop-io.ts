import { c, p, type RealCase } from '../labels';

// CryptoScoop news piece on TradeBlock's halving report: per-coin mining costs (now, after the halving,
// 2012 history) set against the market price in the same sentences; a "$12,000-$15,000" cost range.
const url = 'https://www.cryptoscoop.io/bitcoin-needs-to-jump-above-15000-after-halving/';
const title = 'Bitcoin Needs to Jump Above $15,000 after Halving';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose'],
    title,
    blocks: [
      'Current cost of mining on bitcoin has risen to $7,300 and will further increase to $15,100 after the halving',
      'In recent weeks the Bitcoin price slumped to $3,850 from a February high above $10,500. After bouncing above $6,000, the price of bitcoin is once more hovering around this level.',
      "That drop pushed miners' margins into the red: with the price around $6k, the cost of mining one bitcoin climbed to $7,300 on a rising hash rate, up from a month back's $6,851 when Bitcoin was trading around $10,000.",
      "According to analytics firm TradeBlock's latest report, this cost of mining bitcoin would climb further to between $12,000-$15,000 after the halving.",
    ],
    expect: [
      c('$7,300', 7300),
      c('$15,100', 15100),
      p('$3,850', 3850),
      p('$10,500', 10500),
      p('$6,000', 6000),
      p('$6k', 6000),
      c('$7,300', 7300),
      c('$6,851', 6851),
      p('$10,000', 10000),
      c('$12,000', 12000),
      c('$15,000', 15000),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'anaphora'],
    title,
    blocks: [
      {
        heading: '6% profit margin after halving in 2012',
        text: 'Three months ahead of the 2012 halving, the breakeven cost to mine one bitcoin was $4.45 while the exchange price of Bitcoin was about $9.50. The hash rate peaked shortly after the halving, putting the gross cost to mine bitcoin after the halving at $12.68 while the price jumped to $13.50, leaving miners in profit.',
      },
    ],
    expect: [c('$4.45', 4.45), p('$9.50', 9.5), c('$12.68', 12.68), p('$13.50', 13.5)],
  },
];
