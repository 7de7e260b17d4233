import { p, type RealCase } from '../labels';

// A Nostr note split into one-line paragraphs; BTC is named only in some lines.
export const cases: RealCase[] = [
  {
    url: 'https://yabu.me/nevent1qqsdkzenv92lpf66tpuw3dnmyjkr0shxkd9uqemv3gh7dscxcsmk4mgpqq94pmff',
    lang: 'en',
    tags: ['forum', 'anaphora', 'format'],
    title:
      "CapitMonet on Nostr: Will Bitcoin go below $60k? Maybe. The market doesn't owe anyone a clean bottom. But ...",
    blocks: [
      'Will Bitcoin go below $60k?',
      'Maybe.',
      "The market doesn't owe anyone a clean bottom.",
      "Right now, the market is obsessed with downside targets. That's usually what markets do near fear, not euphoria.",
      '$60k, $70k, or $80k will matter far less in a few years than whether your thesis was right.',
      "The real question isn't whether BTC can trade below $60k.",
      "It's whether you'd still want to own it if it does.",
    ],
    expect: [p('$60k', 60000), p('$60k', 60000), p('$70k', 70000), p('$80k', 80000), p('$60k', 60000)],
  },
];
