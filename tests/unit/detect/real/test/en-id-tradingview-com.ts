import { p, type RealCase } from '../labels';

// A TradingView idea (social post): support/resistance ranges, targets, "8K"/"8.2K"/">3K" shorthands.
export const cases: RealCase[] = [
  {
    url: 'https://id.tradingview.com/chart/BTCUSD/drSqMbpR-BITCOIN-TO-TEST-8K-THEN-2500',
    lang: 'en',
    tags: ['forum', 'format', 'prose'],
    title: 'BITCOIN TO TEST 8K THEN 2500',
    blocks: [
      'DAILY: I am currently targeting the $5400-$5455 range (.236 fib) as the next strong support for BTC. Even though the RSIs look bullish, I stay bearish until BTC can break the upper trend line. For one, volume is clearly declining, which says this is not a breakout. Treating the recent uptrend as a wedge, a measured move lands on our target of $4415. If BTC does break the upper trend line, though, all lower targets are invalidated. The 200 EMA currently sits in the $7900-8K zone, which also lines up with the .168 golden pocket fib, with the .65 at $8197 (8.2K is the highest I see BTC going). Taking a measured move of the recent bear flag from the bottom of our wedge, we arrive at our $3300 price target (which also lines up with the long-term trendline).',
      'WEEKLY: On the weekly chart, BTC is trading in a falling broadening wedge. Using the long-term bottom trendline, we see strong support in the $2500-$2600 range. A measured move from the recent bear flag gives a worst case around the $1,076 range. The weekly also shows a rejection at the 55 EMA with steadily falling volume, both pointing to a downtrend.',
      "CONCLUSION: I'm bearish on BTC overall unless we can break the top trend line of our wedge / rising channel. I will be shorting at $8200 and looking to buy at my next target of $5400. Long term I am definitely bearish and I think there is a strong possibility that BTC can hit >3K.",
    ],
    expect: [
      p('$5400', 5400),
      p('$5455', 5455),
      p('$4415', 4415),
      p('$7900', 7900),
      p('8K', 8000),
      p('$8197', 8197),
      p('8.2K', 8200),
      p('$3300', 3300),
      p('$2500', 2500),
      p('$2600', 2600),
      p('$1,076', 1076),
      p('$8200', 8200),
      p('$5400', 5400),
      p('3K', 3000),
    ],
  },
];
