import { c, o, p, type RealCase } from '../labels';

// Crypto news site on post-halving mining economics: electrical and total production costs per coin
// (cost), the BTC price (price), and the per-coin shortfalls and sector losses (other).
export const cases: RealCase[] = [
  {
    url: 'https://thebittimes.com/bitcoin-miners-underwater-as-production-costs-surge-post-halving-tbt86223.html',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    title: 'Bitcoin miners underwater as production costs surge post-halving',
    blocks: [
      'Capriole Investments reported an electrical cost of $77,400 per Bitcoin mined on April 22. Miners therefore spend $11,000 more in electricity for each mined BTC, currently worth $66,175.',
      'Capriole’s production cost is even higher at $128,989, implying an estimated $52,000 loss to produce a single BTC.',
      {
        text: 'Per MacroMicro, Bitcoin’s average mining cost was above $102,000 on April 21, with miners theoretically losing around $36,000 for each BTC they issue.',
        heading: 'MacroMicro’s average mining cost and Luxor’s Hashprice index',
      },
      'The 21 listed mining companies accumulated $1.27 billion in losses in their latest earnings reports.',
    ],
    expect: [
      c('$77,400', 77400),
      o('$11,000', 11000),
      p('$66,175', 66175),
      c('$128,989', 128989),
      o('$52,000', 52000),
      c('$102,000', 102000),
      o('$36,000', 36000),
      o('$1.27 billion', 1.27e9),
    ],
  },
];
