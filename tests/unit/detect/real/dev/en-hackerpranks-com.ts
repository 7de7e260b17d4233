import { o, p, type RealCase } from '../labels';

// A blog post on why a $1 buy in 2010 would not have made you a millionaire: it follows the dollar value
// of a 333 BTC stash through each boom and bust, so most amounts are holdings, not coin prices.
const url = 'https://hackerpranks.com/blog/5228';
const title = 'Here’s Why You Wouldn’t Be a Bitcoin Millionaire from a $1 Purchase in 2010';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Here’s Why You Wouldn’t Be a Bitcoin Millionaire from a $1 Purchase in 2010',
      'Imagine buying a pile of Bitcoin for pennies in 2010 and returning to the present with millions sitting in your account. It is an almost irresistible daydream, but is it actually possible?',
    ],
    expect: [o('$1', 1)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Bitcoin’s journey from obscurity to six-figure valuations was a series of sharp surges followed by brutal crashes. Take 2010-2011 for example, where $1 could buy about 333 BTC at roughly $0.003 each. By June 2011, that same stash was worth almost $10,000. However, soon after the price collapsed, and the net value of those 333 BTC fell to about $666.',
    ],
    expect: [o('$1', 1), p('$0.003', 0.003), o('$10,000', 10000), o('$666', 666)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Similarly, in 2013, the stash swelled to roughly $88,000 at the April high, then shrank to just over $16,500 by summer. By November’s $1,000 peak, you’d be looking at $333,000 (brand-new Lambo money).',
    ],
    expect: [o('$88,000', 88000), o('$16,500', 16500), p('$1,000', 1000), o('$333,000', 333000)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'The math behind this fantasy is unlikely. For example, if you bought $1 worth of Bitcoin in 2010 and sold it for $10,000 by June 2011, that’s a 9,900% return. However, the holding then dropped to $666.',
    ],
    expect: [o('$1', 1), o('$10,000', 10000), o('$666', 666)],
  },
];
