import { o, p, type RealCase } from '../labels';

// ETF flows next to the funds' average cost basis (a purchase price per coin) and a range of past prices.
export const cases: RealCase[] = [
  {
    url: 'https://www.coinfeather.com/en/news/average-bitcoin-etf-investor-now-underwater-as-btc-falls-below-896k/35442',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Average Bitcoin ETF investor now underwater as BTC falls below $89.6K',
    blocks: [
      'Bitcoin’s recent sharp decline has left the average US spot Bitcoin ETF investor at a loss for the first time since these products launched.',
      'According to Glassnode analyst Sean Rose, the flow-weighted average cost basis for all US Bitcoin (BTC) ETFs is currently around $89,600. Bitcoin fell below this level on Tuesday, putting ETF investors in an unrealized loss. Some early investors who bought when its price was between $40,000 and $70,000 remain in profit, however.',
      'Spot Bitcoin and Ether ETFs Experience Significant Withdrawals',
      'US spot Bitcoin ETFs kept seeing heavy outflows on Monday, extending a multiday trend. Farside Investors data shows a combined outflow of $254.6 million. BlackRock’s iShares Bitcoin Trust (IBIT) recorded withdrawals of $145.6 million, while Fidelity’s Wise Origin Bitcoin Fund (FBTC) saw outflows of $12 million. ARK 21Shares Bitcoin ETF (ARKB) lost $29.7 million and the Bitwise Bitcoin ETF (BITB) shed $9.5 million.',
      'These figures mark the fifth straight day of outflows, beginning on November 12th when Bitcoin ETFs saw $278.1 million withdrawn. The following day, November 13th, brought an even larger outflow of $866.7 million, the second-worst session on record.',
    ],
    expect: [
      p('$89,600', 89600),
      p('$40,000', 40000),
      p('$70,000', 70000),
      o('$254.6 million', 254.6e6),
      o('$145.6 million', 145.6e6),
      o('$12 million', 12e6),
      o('$29.7 million', 29.7e6),
      o('$9.5 million', 9.5e6),
      o('$278.1 million', 278.1e6),
      o('$866.7 million', 866.7e6),
    ],
  },
];
