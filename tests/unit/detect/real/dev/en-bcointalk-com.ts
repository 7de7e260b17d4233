import { c, o, type RealCase } from '../labels';

const url =
  'https://bcointalk.com/breaking/bitfarms-bitcoin-mining-company-reports-27-million-loss-in-q2-2024.html';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    blocks: [
      'news-12082024-025515',
      'Bitfarms, a Bitcoin mining company based in Toronto, recently released its Q2 2024 financial results, showing a total revenue of $42 million, which is a 16% decrease from the previous quarter. This decline is attributed to the reduction in block rewards following the BTC halving event in April 2024.',
      'The company reported a net loss of $27 million, or $0.07 per share, for Q2, which includes a $1 million non-cash expense for revaluing warrant liabilities from financing activities in 2021 and 2023. This compares to a net loss of $6 million, or $0.02 per share, in Q1 2024, which included a $9 million non-cash gain from revaluing warrant liabilities.',
    ],
    expect: [
      o('$42 million', 42000000),
      o('$27 million', 27000000),
      o('$0.07', 0.07),
      o('$1 million', 1000000),
      o('$6 million', 6000000),
      o('$0.02', 0.02),
      o('$9 million', 9000000),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'In the second quarter of 2024, Bitfarms generated 614 BTC with an average direct production cost of $30,600 per BTC, up from $18,400 in the first quarter. However, the total cash cost per BTC increased to $47,300 in the second quarter, compared to $27,900 in the first quarter, due to producing a lower quantity of BTC.',
      'July saw a 34% increase in Bitcoin earnings for Bitfarms, with 243 BTC valued at $14 million, an improvement from 189 BTC worth $11 million in June.',
      'Bitfarms is currently facing a hostile takeover attempt from competitor Riot Platforms, which proposed a $950 million acquisition in April but later withdrew the offer due to negotiation difficulties with Bitfarms’ current board.',
    ],
    expect: [
      c('$30,600', 30600),
      c('$18,400', 18400),
      c('$47,300', 47300),
      c('$27,900', 27900),
      o('$14 million', 14000000),
      o('$11 million', 11000000),
      o('$950 million', 950000000),
    ],
  },
];
