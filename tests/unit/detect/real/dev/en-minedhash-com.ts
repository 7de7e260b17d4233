import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.minedhash.com/post/for-crypto-miners-bitcoin-s-halving-could-mean-a-doubling-in-costs-1',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'For Crypto Miners, Bitcoin’s Halving Could Mean a Doubling in Costs',
    blocks: [
      'For Crypto Miners, Bitcoin’s Halving Could Mean a Doubling in Costs',
      'Bitcoin investors speculate the coming halving could send prices soaring to $90,000 or higher.',
      'For those running the high-speed computers that mine bitcoin, though, the halving looks more like a doubling — of costs.',
      'In a new report, crypto research firm TradeBlock estimates that the average cost to mine a single bitcoin (BTC) could jump to $12,525 after the halving due in May, almost twice today’s average cost of $6,851.',
      'The estimated cost is also well above the current market price of about $10,300, showing how the halving could flip the industry’s profitability if prices do not rise.',
    ],
    expect: [p('$90,000', 90000), c('$12,525', 12525), c('$6,851', 6851), p('$10,300', 10300)],
  },
];
