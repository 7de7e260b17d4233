import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.minedhash.com/post/for-crypto-miners-bitcoin-s-halving-could-mean-a-doubling-in-costs',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'For Crypto Miners, Bitcoin’s Halving Could Mean a Doubling in Costs',
    blocks: [
      'For Crypto Miners, Bitcoin’s Halving Could Mean a Doubling in Costs',
      'Bitcoin investors speculate the upcoming halving could send prices skyrocketing to $90,000 or higher.',
      'TradeBlock’s new report estimates the average cost to mine a single bitcoin (BTC) may rise to $12,525 after the May halving, almost twice today’s $6,851.',
      'That estimate also sits well above the current market price of about $10,300.',
    ],
    expect: [p('$90,000', 90000), c('$12,525', 12525), c('$6,851', 6851), p('$10,300', 10300)],
  },
];
