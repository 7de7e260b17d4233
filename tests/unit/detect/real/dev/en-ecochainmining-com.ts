import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ecochainmining.com/cryptocurrency-economics/profitable-cryptocurrency-mining-what-does-it-take/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Profitable Cryptocurrency Mining: What does it take?',
    blocks: [
      'With the exorbitant increase in the value of crypto coins the idea of jumping into mining cryptocurrency holds a great deal of allure. Using Bitcoin as an example, with its price at near $55,000 as of this writing, it would seem a slam dunk to jump into the mining arena.',
      'Here are a few statistics to sink your teeth into:',
      'The cost of the latest ASIC mining hardware is about $15,000 for a hashrate of 110 TH',
      'The winner in the proof of work contest gets 6.25 coins and a winner is awarded about every 10 minutes meaning there are about 150 winners per day.',
      'At today’s Bitcoin price, 6.25 coins is worth $343,750.',
      'Don’t forget about the electricity costs to power that unit (3250 Watts) which, with favorable pricing would be under $2/day or about $700/year.',
      'Profit? $343,750 – ($15,000 mining rig + $20,000 power for 28.5 years + Cooling & Space for 28.5 years) every 28.5 years assuming the rig lasts forever',
    ],
    expect: [
      p('$55,000', 55000),
      o('$15,000', 15000),
      o('$343,750', 343750),
      o('$2', 2),
      o('$700', 700),
      o('$343,750', 343750),
      o('$15,000', 15000),
      o('$20,000', 20000),
    ],
  },
];
