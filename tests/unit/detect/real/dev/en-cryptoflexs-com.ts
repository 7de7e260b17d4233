import { c, p, type RealCase } from '../labels';

// A rewrite of a bank note: the same two numbers serve as production-cost estimates and, once, as the
// bank's price target for the coin.
export const cases: RealCase[] = [
  {
    url: 'https://cryptoflexs.com/?p=32468',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JPMorgan revises bitcoin production cost estimate to $45,000',
    blocks: [
      'JPMorgan revised its central estimate of the cost of producing Bitcoin to $45,000 from its previous estimate of $42,000 in response to shifts in the Bitcoin mining hash rate.',
      '“With current hashrate and power consumption, our central estimate for the cost of producing Bitcoin is around $45,000, or well below current prices,” the analysts added.',
      'Last February, the analysts estimated the cost of producing one Bitcoin at $42,000. Accordingly, they put Bitcoin’s target price at $42,000 once the halving euphoria fades after April.',
      'Asked whether the updated production cost estimate of $45,000 means JPMorgan expects the Bitcoin price to move to that level, Panigirtzoglou told The Block that the current production cost estimate is $45,000, but that the $42,000 level still holds for the medium term.',
      '“The current estimate is $45,000 (slightly different from the $42,000 expected over time). However, this current estimate of $45,000 will change as hash rates and mining equipment efficiency evolve.”',
      '“$42,000 is the mid-term production cost target we expect once hashrate and mining efficiency stabilize,” Panigirtzoglou added.',
    ],
    expect: [
      c('$45,000', 45000),
      c('$42,000', 42000),
      c('$45,000', 45000),
      c('$42,000', 42000),
      p('$42,000', 42000),
      c('$45,000', 45000),
      c('$45,000', 45000),
      c('$42,000', 42000),
      c('$45,000', 45000),
      c('$42,000', 42000),
      c('$45,000', 45000),
      c('$42,000', 42000),
    ],
  },
];
