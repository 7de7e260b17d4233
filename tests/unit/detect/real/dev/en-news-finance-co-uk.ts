import { o, p, type RealCase } from '../labels';

// An Ethereum all-time-high story from January 2018: ether, Ripple and market caps around one Bitcoin
// sentence with two BTC levels.
const url = 'https://news.finance.co.uk/negative-cryptocurrency-trend-defied-ethereum-reach-time-high/';
const title = 'Negative Cryptocurrency Trend Defied by Ethereum to Reach An All-Time High';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Ethereum recently reclaimed its spot as the world’s second-biggest cryptocurrency by market capitalisation. Today, according to the aggregate price of Coindesk, the cryptocurrency rose to a high of $1,417.',
      'Meanwhile, Bitcoin fell below $14,000 to trade down over five percent at $13,710 at around 10 in the morning, and Ripple, which neared $4 last week, was trading down by 19 percent at $1.95.',
    ],
    expect: [o('$1,417', 1417), p('$14,000', 14000), p('$13,710', 13710), o('$4', 4), o('$1.95', 1.95)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'The digital currency is up by over 13,000 percent in the previous year, and today, according to Coinmarketcap, the market cap of the cryptocurrency reached a high of $137bn as compared with the current value of bitcoin amounting to $232bn.',
      'Before lunchtime today, Ethereum was trading up by 0.72 percent at $1,306.36.',
    ],
    expect: [o('$137bn', 137e9), o('$232bn', 232e9), o('$1,306.36', 1306.36)],
  },
];
