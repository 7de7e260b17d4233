import { c, o, type RealCase } from '../labels';

const url = 'https://cryptocontinue.com/bitfarms-reports-decline-in-revenue-due-to-btc-halving-event';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Bitfarms, a Toronto-based Bitcoin mining company, recently reported a total revenue of $42 million for the second quarter of 2024. However, this marked a 16% decline quarter-over-quarter. In addition to the decline in revenue, Bitfarms also reported a net loss of $27 million, or $0.07 per share. This significant loss includes a $1 million non-cash expense for revaluing warrant liabilities from previous financing activities in 2021 and 2023.',
      'According to the official press release, Bitfarms generated 614 BTC in the second quarter of 2024. However, the average direct production cost per BTC increased to $30,600, up from $18,400 in the first quarter. The total cash cost per BTC also rose to $47,300 in the second quarter, compared to $27,900 in the first quarter. This increase in production costs was a result of producing a lower quantity of BTC during the quarter. Despite the decline in revenue and increase in production costs, July saw a 34% increase in Bitcoin earnings for Bitfarms, reaching 243 BTC valued at $14 million.',
    ],
    expect: [
      o('$42 million', 42000000),
      o('$27 million', 27000000),
      o('$0.07', 0.07),
      o('$1 million', 1000000),
      c('$30,600', 30600),
      c('$18,400', 18400),
      c('$47,300', 47300),
      c('$27,900', 27900),
      o('$14 million', 14000000),
    ],
  },
];
