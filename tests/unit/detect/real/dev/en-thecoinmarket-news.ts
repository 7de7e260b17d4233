import { o, p, type RealCase } from '../labels';

// The same figure, $105,000, is first a liquidation total and then a price.
export const cases: RealCase[] = [
  {
    url: 'https://thecoinmarket.news/news/dramatic-240-bitcoin-surge-sparks-short-liquidations-in-just-4-hours-crypto-market-analysis',
    lang: 'en',
    tags: ['prose', 'change'],
    title: 'Dramatic 240% Bitcoin Surge Sparks Short Liquidations in Just 4 Hours',
    blocks: [
      {
        heading: "Short Squeeze Fuels Bitcoin's Rally",
        text: "Analytics data show short liquidations jumped 240% in only four hours, from $105,000 to $359,000. That unwinding of bearish bets helped lift Bitcoin's price from $105,000 to $107,000 in very little time.",
      },
      {
        heading: 'Bullish Sentiment Prevails, but Caution Remains',
        text: 'Bitcoin has not yet retaken its all-time high of $111,970.17, but the outlook looks increasingly positive.',
      },
    ],
    expect: [
      o('$105,000', 105000),
      o('$359,000', 359000),
      p('$105,000', 105000),
      p('$107,000', 107000),
      p('$111,970.17', 111970.17),
    ],
  },
];
