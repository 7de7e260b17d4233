import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptometer.io/news/riot-revenue-jumps-65-in-2023-despite-hashrate-growth',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Riot Revenue Jumps 65% Despite Hashrate Growth Delays',
    blocks: [
      'Bitcoin mining heavyweight Riot Platforms posted a 65% year-over-year jump in Q3 revenue to $84.8 million, but has had to scale back its hashrate expansion plans after delays at its facilities, notably a newly acquired site in Kentucky.',
      {
        text: 'Although revenue rose, Riot booked a net loss of $154 million, or $0.54 per share, 92% worse than in Q3 2022, as power credits shrank, operating costs climbed and the halving took its toll. Even so, its average cost per mined Bitcoin came to $35,376, about half the spot price of roughly $72,000, thanks to power costing only 3.1 cents per kilowatt-hour.',
        heading: 'Q3 Financials Highlight Rising Costs and Losses',
      },
      {
        text: 'The balance sheet stays strong, with $1.3 billion in cash and equity securities and 10,427 coins in reserve, worth about $750 million.',
        heading: 'Q3 Financials Highlight Rising Costs and Losses',
      },
    ],
    expect: [
      o('$84.8 million', 84.8e6),
      o('$154 million', 154e6),
      o('$0.54 per share', 0.54),
      c('$35,376', 35376),
      p('$72,000', 72000),
      o('3.1 cents per kilowatt-hour', 0.031),
      o('$1.3 billion', 1.3e9),
      o('$750 million', 750e6),
    ],
  },
];
