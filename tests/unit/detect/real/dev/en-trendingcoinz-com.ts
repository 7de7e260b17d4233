import { c, o, p, type RealCase } from '../labels';

// A rewrite of a bank's quarterly miner review: a glued ticker price, power and all-in costs per coin by
// company, the quarter's average price, then equity raises, capex and sector totals.
export const cases: RealCase[] = [
  {
    url: 'https://trendingcoinz.com/?p=30829',
    lang: 'en',
    tags: ['cost', 'prose', 'widget', 'format'],
    title: 'Bitcoin miners recorded record profits in Q2 as HPC push accelerated, JPMorgan says',
    blocks: [
      'Wall Street bank JP Morgan (JPM) said the second quarter and summer of 2025 were a transformative time for Bitcoin BTC$123,012.36 miners, with record cash operating profits and a turn toward high-performance computing (HPC).',
      'Despite the soaring hashrate, the bank’s analysts noted that miners’ gross profits rose quarter-over-quarter, helped by higher Bitcoin prices and more efficient fleets.',
      'Production costs rose slightly as competition grew and HPC investment increased, the analysts said. IREN and Cipher had the lowest power costs per mined Bitcoin at around $29,000 and $31,200, while MARA had the highest at around $56,200. On a fully loaded basis (power + cash SG&A), IREN and CleanSpark (CLSK) led with costs of $54,000 and nearly $60,000 per coin, compared with RIOT’s $81,000. Bitcoin averaged around $98,500 during the quarter, and most operators made a profit.',
      'Miners also sped up fundraising, issuing about $590 million in new stock, a sharp increase from the first quarter, with much of it going to HPC projects. IREN raised $263 million to complete a 50 exahash expansion and begin building a 75MW liquid-cooled data center called Horizon 1. Group-wide capital expenditures totaled approximately $900 million.',
      'Miners collectively spent a record $2.1 billion on energy, while gross profits held steady at about $2.1 billion, with a margin of nearly 53%, the analysts estimated.',
    ],
    expect: [
      p('$123,012.36', 123012.36),
      c('$29,000', 29000),
      c('$31,200', 31200),
      c('$56,200', 56200),
      c('$54,000', 54000),
      c('$60,000', 60000),
      c('$81,000', 81000),
      p('$98,500', 98500),
      o('$590 million', 590e6),
      o('$263 million', 263e6),
      o('$900 million', 900e6),
      o('$2.1 billion', 2.1e9),
      o('$2.1 billion', 2.1e9),
    ],
  },
];
