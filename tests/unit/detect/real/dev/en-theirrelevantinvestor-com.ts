import { p, type RealCase } from '../labels';

// A short blog post on Bitcoin's daily swings: a remembered price with a tilde and a hypothetical level.
const url = 'https://theirrelevantinvestor.com/2019/06/28/regret-and-relief/';
const title = 'Regret and Relief';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'Ben and I were talking today about Bitcoin’s big reversal.',
      'So I went to my search history, and on that day, like today, the price fell more than 20% from its intraday high. The price at the time was ~$1,000.',
    ],
    expect: [p('$1,000', 1000)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Why don’t I own any crypto? I could not handle the volatility. Then why don’t I just put in a small amount? Because I know that a small position would do nothing for me. Let’s say I did buy a little and it went to $40,000 or some ridiculous number, I know I’d regret not buying more.',
    ],
    expect: [p('$40,000', 40000)],
  },
];
