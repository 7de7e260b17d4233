import { o, p, type RealCase } from '../labels';

// Mining-data newsletter roundup: a "$30k" level in the intro, a stat list where "Bitcoin Price (24H)"
// is a price and "Hashprice (TH/s/day)" a per-TH rate (negative), then both again in prose.
export const cases: RealCase[] = [
  {
    url: 'https://blog.hashrateindex.com/-hashrate-index-roundup-72421/',
    lang: 'en',
    tags: ['label-value', 'prose', 'format'],
    title: '⚡️ Hashrate Index Roundup 7/24/21',
    blocks: [
      'We’re back above $30k after a brief dip below it this week, and network stats are slightly better for it.',
      { text: 'Bitcoin Price (24H): $33,806', heading: 'Hashprice Index' },
      { text: 'Hashprice (TH/s/day): $0.315', heading: 'Hashprice Index' },
      { text: 'Average Fee Percentage per Block (24H): 1.26%', heading: 'Hashprice Index' },
      {
        text: 'Hashprice got a lift from the July 17 difficulty adjustment, then faded over the week with Bitcoin’s price. With price around $33,000, Hashprice is now $0.315.',
        heading: 'Hashprice',
      },
      {
        text: 'Transaction fees took a hit last week after the difficulty adjustment, as Bitcoin’s price went below $30,000.',
        heading: 'BRRR (Emission Schedule)',
      },
    ],
    expect: [
      p('$30k', 30000),
      p('$33,806', 33806),
      o('$0.315', 0.315),
      p('$33,000', 33000),
      o('$0.315', 0.315),
      p('$30,000', 30000),
    ],
  },
];
