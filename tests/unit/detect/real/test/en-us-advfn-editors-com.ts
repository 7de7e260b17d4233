import { o, p, type RealCase } from '../labels';

// Broker news desk wire on a sub-$90k drop: a one-decimal price "$90,091.5" in a sentence that says
// "the world's largest cryptocurrency", a prior peak, a support level, and a liquidation total.
export const cases: RealCase[] = [
  {
    url: 'https://us.advfn-editors.com/2025/11/18/bitcoin-falls-back-under-90000-as-fading-fed-cut-hopes-fuel-a-broader-risk-off-shift',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin falls back under $90,000 as fading Fed-cut hopes fuel a broader risk-off shift',
    blocks: [
      'Bitcoin falls back under $90,000 as fading Fed-cut hopes fuel a broader risk-off shift',
      'Bitcoin (COIN:BTCUSD) dropped under the $90,000 mark on Tuesday for the first time in nearly seven months, as doubts about the Federal Reserve’s next steps and delayed U.S. data cut demand for speculative assets.',
      'At 00:22 ET (05:22 GMT) the world’s largest cryptocurrency was 5.4% lower at $90,091.5.',
      'In the last 24 hours Bitcoin briefly hit $89,471.4, nearly 30% below its late-October peak above $126,000. Selling picked up after the token lost the $94,000 support level and printed a “death cross.”',
      {
        text: 'Liquidation cascades in crypto derivatives added to the pressure; earlier this month more than $19 billion of leveraged crypto positions were wiped out in a single day.',
        heading: 'Bitcoin pressured by ETF softness and heavy liquidations',
      },
    ],
    expect: [
      p('$90,000', 90000),
      p('$90,000', 90000),
      p('$90,091.5', 90091.5),
      p('$89,471.4', 89471.4),
      p('$126,000', 126000),
      p('$94,000', 94000),
      o('$19 billion', 19e9),
    ],
  },
];
