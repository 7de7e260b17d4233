import { c, p, type RealCase } from '../labels';

// CryptoMak repost on the 2020 halving: spot and target levels (incl. a tweet with bare "10.2k"/"12k"),
// then the $12,000-$15,000 price miners need to stay profitable (break-even, so costs).
const url = 'https://cryptomak.co.uk/?p=135946';
const title = 'Post-Halving Mining Costs to Help Propel Bitcoin to $15,000';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title,
    blocks: [
      'Bitcoin’s Upcoming Halving May Help Propel it to $15k+',
      'Right now Bitcoin is edging up at its current price of $9,770, slightly below daily highs of just under $9,800.',
      'The steady uptrend has put real distance between BTC and its year-to-date lows of $6,800 set in early January.',
      'George, a well-followed analyst on Twitter, expects BTC to aim for a near-term move to $10,200, with a break above that level opening a sharp run to $12,000.',
      'BTC 10.2k at least imo. Clean break above and I’ll be targeting 12k,” he said while pointing to the chart seen below.',
      'That target lines up closely with the projected post-halving miner profitability threshold, which will require one Bitcoin to be worth between $12,000 and $15,000 for miners to be profitable.',
    ],
    expect: [
      p('$15k', 15000),
      p('$9,770', 9770),
      p('$9,800', 9800),
      p('$6,800', 6800),
      p('$10,200', 10200),
      p('$12,000', 12000),
      p('10.2k', 10200),
      p('12k', 12000),
      c('$12,000', 12000),
      c('$15,000', 15000),
    ],
  },
];
