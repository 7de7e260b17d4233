import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://medium.com/@paulewaulpaul/bitcoin-difficulty-per-issuance-a-pow-pricing-model-452cd8a3017b',
    lang: 'en',
    tags: ['prose', 'format', 'cost'],
    title: 'Bitcoin: Difficulty per Issuance - A PoW Pricing Model',
    blocks: [
      'The first BTC / USD exchange rate, posted on 5 October 2009 by New Liberty Standard (NLS), was $0.00764 per Bitcoin. It was derived from a formula based on the electricity a high-CPU computer uses, times the average home power rate, divided by the bitcoins it generates.',
    ],
    expect: [p('$0.00764', 0.00764)],
  },
];
