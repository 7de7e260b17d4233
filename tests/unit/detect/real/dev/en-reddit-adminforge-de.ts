import { o, type RealCase } from '../labels';

// r/BitcoinUK tax help thread (via a Redlib mirror): allowances, profits, account totals and an ADA
// pooled-cost worked example. Hard negatives only: no amount is the price of one bitcoin.
const url =
  'https://reddit.adminforge.de/r/BitcoinUK/comments/1hchkpd/crypto_capital_gains_tax_help/m1oe3ew/?context=3';
const title = 'Crypto capital gains tax help! : r/BitcoinUK';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum'],
    title,
    blocks: [
      'UK Specific Crypto capital gains tax help!',
      'Firstly, for this tax year am I correct in thinking it is £3,000 allowance for capital gains tax? Any profit made after this is taxed at 20%?',
      'Secondly, say I was to make £2,500 profit from the coin I have invested in. Do I have to (or should I) fill in a capital gains tax assessment form with my calculations just to be safe.',
    ],
    expect: [o('£3,000', 3000, 'GBP'), o('£2,500', 2500, 'GBP')],
  },
  {
    url,
    lang: 'en',
    tags: ['forum'],
    title,
    blocks: [
      'For example sake.',
      'I invested £2000 into a coin 2 years ago.',
      'It has now gone up and my account totals £6000',
      '£6000 minus my initial investment = £4000',
      '£3000 capital gains tax allowance means I pay 20% on the remaining £1000 outside the allowance.',
    ],
    expect: [
      o('£2000', 2000, 'GBP'),
      o('£6000', 6000, 'GBP'),
      o('£6000', 6000, 'GBP'),
      o('£4000', 4000, 'GBP'),
      o('£3000', 3000, 'GBP'),
      o('£1000', 1000, 'GBP'),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      "u/UninterestedEarwig Dec 12 '24",
      'I have a transaction list of all my purchases over 5 years ranging from £25-£200 at a time. How would i go about and calculating the profit as theres a wide range of purchase prices?',
    ],
    expect: [o('£25', 25, 'GBP'), o('£200', 200, 'GBP')],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      "So you need to calculate the pooled price prior to any disposal (sale) for each crypto asset seperately. Let's make an example and say you bought:",
      '200 ADA at £0.4 each 100 ADA at £0.5 each 150 ADA at 0.6 each',
      'So, in total, you have 450 ADA and have spent £220. So your pooled price is 220/450=0.49 (rounded up) per ADA.',
      'IF you now sell 50 ADA at £0.8 your profit is 0.8-0.49 per ADA so 0.31x50= £15.50',
    ],
    expect: [
      o('£0.4', 0.4, 'GBP'),
      o('£0.5', 0.5, 'GBP'),
      o('£220', 220, 'GBP'),
      o('£0.8', 0.8, 'GBP'),
      o('£15.50', 15.5, 'GBP'),
    ],
  },
];
