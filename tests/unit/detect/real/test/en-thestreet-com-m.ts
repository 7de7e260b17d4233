import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.thestreet.com/video/price-bitcoin-not-worth-mining',
    lang: 'en',
    tags: ['cost', 'prose', 'format', 'anaphora'],
    title: 'The Price at Which Bitcoin No Longer Makes Sense to Mine',
    blocks: [
      'Sara Silverstein: Oil drilling only pays above a certain oil price. Is there a price at which Bitcoin stops being worth mining?',
      'Wes Cummins: As things stand, the variable break-even is somewhere in the $9,000 to $10,000 per Bitcoin range for running the data centers for our customers. So it is still somewhat profitable, but not enough for anyone to go buy new hardware.',
      'So roughly $10,000-ish today, depending on your hardware or power costs, is the variable break-even, and $20,000 is the break-even to buy new hardware, or a bit higher.',
    ],
    expect: [c('$9,000', 9000), c('$10,000', 10000), c('$10,000', 10000), c('$20,000', 20000)],
  },
];
