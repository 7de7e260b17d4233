import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ph.investing.com/news/cryptocurrency-news/bitcoin-price-drops-ahead-of-fed-rate-decision-dragging-crypto-market-lower-1301720',
    lang: 'en',
    tags: ['anaphora', 'prose'],
    title: 'Bitcoin Price Drops Ahead of Fed Rate Decision, Dragging Crypto Market Lower',
    blocks: [
      '- Bitcoin is down more than 2.5% as the market waits for the Fed’s policy decision.',
      'The leading cryptocurrency fell to a one-week low ahead of U.S. inflation data and the Federal Reserve’s rate decision.',
      'It dropped more than 2.5% to its lowest in a week before partly recovering to $68,403, down 1.86% in 24 hours, though still up over 12% in a month. The token’s 24-hour trading volume jumped 81% to $25 billion.',
    ],
    expect: [p('$68,403', 68403), o('$25 billion', 25e9)],
  },
];
