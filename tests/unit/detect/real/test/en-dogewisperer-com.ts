import { o, p, type RealCase } from '../labels';

// Repost of a Benzinga crypto wrap: a price table (Bitcoin's row a price, the altcoin rows negatives),
// then BTC levels in a sentence that says "the apex cryptocurrency", ETH levels, liquidation totals and
// open interest.
export const cases: RealCase[] = [
  {
    url: 'https://dogewisperer.com/?p=63182',
    lang: 'en',
    tags: ['table', 'prose', 'anaphora'],
    title:
      'Bitcoin Rises, While Ethereum, XRP, Dogecoin Trade Sideways: Analyst Says Odds That BTC Regains $100,000 In 2025 Have Risen',
    blocks: [
      'Bitcoin Rises, While Ethereum, XRP, Dogecoin Trade Sideways: Analyst Says Odds That BTC Regains $100,000 In 2025 Have Risen',
      'Bitcoin rose and stocks closed at record highs on Thursday as investors digested the Federal Reserve’s latest rate cut.',
      { text: '+1.40%', header: 'Gains +/-', row: 'Bitcoin (CRYPTO: BTC)' },
      { text: '$92,081.10', header: 'Price (Recorded at 8:25 p.m. ET)', row: 'Bitcoin (CRYPTO: BTC)' },
      { text: '-0.52%', header: 'Gains +/-', row: 'Ethereum (CRYPTO: ETH)' },
      { text: '$3,232.87', header: 'Price (Recorded at 8:25 p.m. ET)', row: 'Ethereum (CRYPTO: ETH)' },
      { text: '+0.59%', header: 'Gains +/-', row: 'XRP (CRYPTO: XRP)' },
      { text: '$2.02', header: 'Price (Recorded at 8:25 p.m. ET)', row: 'XRP (CRYPTO: XRP)' },
      { text: '+2.93%', header: 'Gains +/-', row: 'Solana (CRYPTO: SOL)' },
      { text: '$136.80', header: 'Price (Recorded at 8:25 p.m. ET)', row: 'Solana (CRYPTO: SOL)' },
      { text: '+0.27%', header: 'Gains +/-', row: 'Dogecoin (CRYPTO: DOGE)' },
      { text: '$0.1402', header: 'Price (Recorded at 8:25 p.m. ET)', row: 'Dogecoin (CRYPTO: DOGE)' },
      {
        text: 'The apex cryptocurrency climbed to $93,550 late in the afternoon before slipping back to the $91,000 area overnight. Trading volume fell 3% over 24 hours.',
        heading: 'Bitcoin’s Uptick Lifts Open Interest',
      },
      'Ethereum hovered in the $3,200 range all day, and a push above $3,270 was turned back by bears. XRP and Dogecoin posted small gains.',
      'Crypto liquidations reached $376 million in the last 24 hours, according to Coinglass, with $227 million of bullish long positions wiped out.',
      'Bitcoin’s open interest rose 2.27% to $59.20 billion over the same period.',
    ],
    expect: [
      p('$100,000', 100000),
      p('$92,081.10', 92081.1),
      o('$3,232.87', 3232.87),
      o('$2.02', 2.02),
      o('$136.80', 136.8),
      o('$0.1402', 0.1402),
      p('$93,550', 93550),
      p('$91,000', 91000),
      o('$3,200', 3200),
      o('$3,270', 3270),
      o('$376 million', 376e6),
      o('$227 million', 227e6),
      o('$59.20 billion', 59.2e9),
    ],
  },
];
