import { p, type RealCase } from '../labels';

// A Twitter thread unrolled to one page: a trader's paths for the next BTC move, levels as "$11.1k",
// "sub-$10k", bare "11.6k" in list items, and two levels typed with a pound sign (kept as written, GBP).
const url = 'https://twunroll.com/article/1297211000702345216';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      "1/ Building on @CredibleCrypto's excellent video, I put together a simplified probabilistic decision model for how one might trade the next move.",
      '2/ Bitcoin is repeating the 3 move structure that led to breakout above £10k. Expect some form of complex yellow wiggly down line, then explosive to £14k+ #Bitcoin',
      "3/ That yellow wiggly line could take 1 of 2 paths (simplified). Either bounce at $11.1k support or $10.5k support. Let's not rule out a complete nuke down to the prior range (sub-$10k), or nuke straight up (above-$12.3k). Estimated probabilities of paths shown.",
      '4/ From this simplified diagram we could propose 3 trading strategies.',
      '- 1. Jump in now (11.6k)',
      '- 2. Aim for support at 11.1k (but if you miss, prepare to buy higher (12.3k)',
      '- 3 Aim for support at 10.5k. Again if you miss, the penalty is buying higher (12.3k)',
      "5/ Feeding the strategies and probabilities into a decision tree gives the results below. It might pay to try to get in a little lower, but don't get too greedy!",
    ],
    expect: [
      p('£10k', 10000, 'GBP'),
      p('£14k', 14000, 'GBP'),
      p('$11.1k', 11100),
      p('$10.5k', 10500),
      p('$10k', 10000),
      p('$12.3k', 12300),
      p('11.6k', 11600),
      p('11.1k', 11100),
      p('12.3k', 12300),
      p('10.5k', 10500),
      p('12.3k', 12300),
    ],
  },
];
