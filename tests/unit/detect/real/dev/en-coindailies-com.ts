import { p, type RealCase } from '../labels';

// Forum round-up: the dip is named once with Bitcoin, then user quotes give bare "40k" / "46k" levels.
export const cases: RealCase[] = [
  {
    url: 'https://coindailies.com/news/satoshi-state-of-mind-discussion',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      'Edited By Marco Silvestri',
      "Mixed feelings are spreading across forums as many users discuss Bitcoin's recent dip to $62k. Some shrug it off while others see an opening, and people voice a whole range of moods as the crypto market swings.",
      "Bitcoin's slide has drawn strong reactions from enthusiasts and casual traders alike. While some wave the situation away, others see a chance to buy the dip. Key forums have lit up with opinions on whether to hold, buy, or sell.",
      'Acceptance of Market Behavior: Many see this as a rerun. "Same story, different year. Keep stacking," one user echoed. For them, the market is simply living up to its reputation.',
      'Encouragement to Buy: With prices dropping, some are hunting for entry points. One trader sounded excited: "As a future first-time buyer I love it, waiting for 40k as my entry."',
      'Hopes for Recovery: "Bitcoin might go back to the price of ETF approval at 46k within a few months."',
    ],
    expect: [p('$62k', 62000), p('40k', 40000), p('46k', 46000)],
  },
];
