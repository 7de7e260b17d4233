import { p, type RealCase } from '../labels';

// Community trade ideas on a charting site (served from a CDN host): one user's average entry and buy zone
// ("My current average is below $20k"), a level glued to its label ("average($25k)"), bare "67K"/"200K".
export const cases: RealCase[] = [
  {
    url: 'https://amazon-us-03-00.dsa.metric.edgekey.net/symbols/BLX/ideas/page-28',
    lang: 'en',
    tags: ['forum', 'format'],
    blocks: [
      'Bitcoin resistance at 200-week price average.',
      'Bitcoin has been hitting resistance at 200-week price average($25k) for the past few weeks while the lower indicators test the thin line between staying bearish and breaking bullish. PPO has both lines below the 0 level, which points to bearish momentum overall, while the TDI shows the RSI line forming a possible double-top at the 60 level. I personally would like to see Bitcoin turn around here and head lower for a longer bear market of at least a year. My current average is below $20k and I would like to add more below $20k.',
      'Short-term neutral, medium-term bearish, long-term bullish. FTX drama likely gave us a bottom near $15k, but it would be nice to see a re-test to confirm that $15k is the actual bottom.',
    ],
    expect: [p('$25k', 25000), p('$20k', 20000), p('$20k', 20000), p('$15k', 15000), p('$15k', 15000)],
  },
  {
    url: 'https://amazon-us-03-00.dsa.metric.edgekey.net/symbols/BEARUSD/ideas/page-39',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      'Bitcoin is ABSOLUTELY under Pressure - It MUST react before DEC',
      'The Lower Dashed Line is the Trend line formed in 2011. It is Strong and it is Valid and PA is currently running along it.',
      'Here is a closer image to show where we are against it right now. Directly below PA, we hit that line around 67K',
      'The Much expected 200K ATH is way over that curve and would mean a rise of 55% of the previous push. That would break the "trend"',
    ],
    expect: [p('67K', 67000), p('200K', 200000)],
  },
];
