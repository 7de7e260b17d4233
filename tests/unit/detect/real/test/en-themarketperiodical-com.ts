import { o, p, type RealCase } from '../labels';

// Crypto-market blog post built on analysts' X posts: a "Key Insights" bullet list of K-suffixed levels,
// then prose with support/resistance levels, the spot price and a market-cap total; a heading carries a target.
export const cases: RealCase[] = [
  {
    url: 'https://themarketperiodical.com/2025/05/03/bitcoin-eyes-105k-after-surging-past-95k-in-bullish-run/',
    lang: 'en',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin Eyes $105K After Surging Past $95K In Bullish Run',
    blocks: [
      {
        text: 'Bitcoin price broke $97K as ETF optimism and Strategy’s $21B BTC plan lifted momentum.',
        heading: 'Key Insights:',
      },
      {
        text: 'BTC price formed a bullish wedge breakout with a target range between $102K and $105K.',
        heading: 'Key Insights:',
      },
      {
        text: 'Support now sits at $95,700, with $98K and $102K as the next breakout resistance levels.',
        heading: 'Key Insights:',
      },
      'Bitcoin (BTC) extended its rally on Thursday, rising above $97,000 for the first time since early March. The 3.4% weekly gain shows renewed institutional interest.',
      'BTC traded at $97,376 at press time, a 1% daily increase. Its market capitalization has passed $1.93 Trillion.',
      'Analyst Ali Martinez noted that the Bitcoin price steadied after reaching $97,120. He saw support at $95,700 on the lower timeframes, a level that could be retested before more upside.',
      'The move above $96,000 was the first clean break of a key horizontal resistance zone in over two months. The next main levels are $98,000 and $102,000, based on past supply zones and Fibonacci extensions.',
      'A confirmed bounce above $95,700 would reinforce the trend. The short-term setup stays bullish as long as the price holds above $94,900.',
      'Technical Chart Pattern Signals Next Move To $102K',
    ],
    expect: [
      p('$97K', 97000),
      o('$21B', 21e9),
      p('$102K', 102000),
      p('$105K', 105000),
      p('$95,700', 95700),
      p('$98K', 98000),
      p('$102K', 102000),
      p('$97,000', 97000),
      p('$97,376', 97376),
      o('$1.93 Trillion', 1.93e12),
      p('$97,120', 97120),
      p('$95,700', 95700),
      p('$96,000', 96000),
      p('$98,000', 98000),
      p('$102,000', 102000),
      p('$95,700', 95700),
      p('$94,900', 94900),
      p('$102K', 102000),
    ],
  },
];
