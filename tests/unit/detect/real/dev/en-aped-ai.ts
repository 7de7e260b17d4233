import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://aped.ai/news/bitcoin-bear-market-near-end-key-btc-levels',
    lang: 'en',
    tags: ['label-value', 'format', 'anaphora'],
    title: 'Bitcoin bear market near end? Key BTC levels',
    blocks: [
      'BTC drifts below $70K as sellers press the tape',
      { text: 'Key BTC levels traders are treating as make-or-break', heading: 'Levels' },
      {
        text: '$70,000: reclaimed or rejected',
        heading: 'Key BTC levels traders are treating as make-or-break',
      },
      {
        text: 'The mid to high $60,000s: the "do we actually have bids?" zone',
        heading: 'Key BTC levels traders are treating as make-or-break',
      },
      {
        text: 'BTC hovering around $69,000 is not far from the kind of area where buyers either step in decisively or vanish completely.',
        heading: 'Key BTC levels traders are treating as make-or-break',
      },
      {
        text: '$60,000: the psychological air pocket',
        heading: 'Key BTC levels traders are treating as make-or-break',
      },
      {
        text: 'A move toward $60,000 is not a prediction, it is the next obvious round-number gravity well if $70,000 fails cleanly.',
        heading: 'Key BTC levels traders are treating as make-or-break',
      },
    ],
    expect: [
      p('$70K', 70000),
      p('$70,000', 70000),
      p('$60,000', 60000),
      p('$69,000', 69000),
      p('$60,000', 60000),
      p('$60,000', 60000),
      p('$70,000', 70000),
    ],
  },
];
