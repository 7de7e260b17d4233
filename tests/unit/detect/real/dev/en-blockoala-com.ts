import { c, o, p, type RealCase } from '../labels';

// Blockoala news rewrites: Riot's 2023 cost to mine per coin beside a year-over-year change, revenue and
// a share price; and a hashprice piece where per-TH revenue, a Mt. Gox total and a block-reward value
// (all other) surround a single spot price.
export const cases: RealCase[] = [
  {
    url: 'https://blockoala.com/news/4111',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    blocks: [
      'A report Riot Platforms published on February 22nd shows that the cost of mining a single Bitcoin in 2023 fell by roughly $3,686 from 2022. After power credits allocated to self-mining, the cost to mine a Bitcoin in 2023 averaged $7,539, down 33% from the previous year’s $11,225.',
      'The higher average price of Bitcoin in 2023 also lifted Riot’s revenue to $280.7 million, compared with $259.2 million the year before.',
      'Riot’s share price has jumped 47.47% over the past month; despite a roughly 10.65% slide last week, it now stands at $14.85.',
    ],
    expect: [
      o('$3,686', 3686),
      c('$7,539', 7539),
      c('$11,225', 11225),
      o('$280.7 million', 280700000),
      o('$259.2 million', 259200000),
      o('$14.85', 14.85),
    ],
  },
  {
    url: 'https://blockoala.com/news/16350',
    lang: 'en',
    tags: ['prose', 'format'],
    blocks: [
      'Bitcoin’s hash price, a key gauge of miner revenue per terahash, has hit one of its lowest readings ever. Luxor Technology’s Hashrate Index shows it fell nearly 52% on June 24 to $0.0459 per terahash second, after a two-month high of $0.095 on June 8. It neared the record low of $0.0447 set on May 1, but has since recovered to $0.0479 in recent hours.',
      'Bitcoin’s price has fallen 6.8% over the last week to $60,590, with sentiment hit by Mt. Gox’s plan to sell $8.6 billion worth of Bitcoin to creditors and by outflows from US spot Bitcoin ETFs.',
      'Miner rewards were also cut by the fourth halving on April 20, which lowered the block subsidy from 6.25 BTC to 3.125 BTC, equal to $188,800 at current prices.',
    ],
    expect: [
      o('$0.0459', 0.0459),
      o('$0.095', 0.095),
      o('$0.0447', 0.0447),
      o('$0.0479', 0.0479),
      p('$60,590', 60590),
      o('$8.6 billion', 8600000000),
      o('$188,800', 188800),
    ],
  },
];
