import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonewz.pages.dev/crypto-news-coindesk.com/de/markets/2017/12/17/bitcoin-price-primed-to-test-20k-ahead-of-cme-launch',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Price Primed to Test $20k Ahead of CME Launch',
    blocks: [
      'Bitcoin Price Primed to Test $20k Ahead of CME Launch',
      'According to CoinDesk’s Bitcoin Price Index (BPI), the world’s largest cryptocurrency by market capitalization set a new all-time high of $19,783.06 at 12:14 UTC today. A year ago, it traded below $1,000.',
      'The push toward $20,000 fits the bull flag breakout discussed last week. Prices cleared $16,000 convincingly after CBOE launched the first BTC futures contract last Sunday.',
      'Much of the rally from $6,000 (Nov. lows) may be down to speculation that futures listings would open the door to institutional money.',
      '• Rounding bottom pattern along the rising trend line and a bullish break above $18,000',
      'The bulls are clearly in charge and could take prices well above the $20,000 mark.',
    ],
    expect: [
      p('$20k', 20000),
      p('$19,783.06', 19783.06),
      p('$1,000', 1000),
      p('$20,000', 20000),
      p('$16,000', 16000),
      p('$6,000', 6000),
      p('$18,000', 18000),
      p('$20,000', 20000),
    ],
  },
];
