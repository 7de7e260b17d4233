import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thecryptonewshub.com/how-low-can-bitcoin-price-go-jpmorgan-points-to-a-key-threshold',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'How Low Can Bitcoin Price Go? JPMorgan Points to a Key Threshold',
    blocks: [
      'At the heart of the call is JPMorgan’s new estimate of what it costs to produce Bitcoin. The analysts say the all-in cost to mine one bitcoin has gone from about $92,000 to roughly $94,000 as difficulty jumped.',
      'The note’s added point is a clearer floor: while difficulty and energy assumptions keep the estimated production cost near $94,000, JPMorgan treats that level as the effective bottom.',
      'At press time, BTC traded at $97,505.',
    ],
    expect: [c('$92,000', 92000), c('$94,000', 94000), c('$94,000', 94000), p('$97,505', 97505)],
  },
];
