import { o, type RealCase } from '../labels';

const url =
  'https://crypto.economicblogs.org/bitcoin/2024/deka-bitcoin-mining-firm-bitfarms-faces-27-million-loss-q2-2024';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    blocks: [
      'Toronto-based Bitcoin mining company Bitfarms reported a total revenue of million, marking a 16% decline quarter-over-quarter. This decrease is attributed to the reduction in block rewards resulting from the BTC halving event on April 19, 2024. Q2 Financial Result Bitfarms reported a net loss of million, or %excerpt%.07 per share, which includes a million non-cash expense for revaluing warrant liabilities from financing activities in 2021 and 2023.',
      'Topics:\nChayanika Deka considers the following as important: AA News, Bitcoin Mining',
    ],
    expect: [],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    blocks: [
      {
        heading: 'Q2 Financial Result',
        text: 'Bitfarms reported a net loss of $27 million, or $0.07 per share, which includes a $1 million non-cash expense for revaluing warrant liabilities from financing activities in 2021 and 2023. This compares to a net loss of $6 million, or $0.02 per share, in Q1 2024, which included a $9 million non-cash gain from revaluing warrant liabilities.',
      },
      'Wayne Jones writes USDT Transfer Volume on TRON Reaches All-Time High of 7.2B',
    ],
    expect: [
      o('$27 million', 27000000),
      o('$0.07', 0.07),
      o('$1 million', 1000000),
      o('$6 million', 6000000),
      o('$0.02', 0.02),
      o('$9 million', 9000000),
    ],
  },
];
