import { o, type RealCase } from '../labels';

// Weekly Bitcoin newsletter issue with no BTC price in its text: a subscription fee, a market size
// and a utility's loss, all other amounts; dominance and weekly changes are percentages.
export const cases: RealCase[] = [
  {
    url: 'https://newsletterbitcoin.com/p/newsletter-bitcoin-week-8-of-2025',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Newsletter Bitcoin Week 8 of 2025',
    blocks: [
      {
        text: 'Rosseti Suffers $14.2M Loss from Illegal Crypto Mining',
        heading: 'TL;DR',
      },
      'Upgrade to Premium with a 7 day free trial: ad-free, deep Bitcoin alpha and new Bitcoin jobs, all for just $15/month after the trial.',
      'Gain exposure to 60+ cryptocurrencies in a single stock, with broad access to the $3T crypto market.',
      {
        text: 'Crypto is down this week, with BTC down by 1.1% and ETH down by 2.1%; Bitcoin dominance ended the week at 58.0%.',
        heading: 'Bitcoin Price',
      },
    ],
    expect: [o('$14.2M', 14.2e6), o('$15', 15), o('$3T', 3e12)],
  },
];
