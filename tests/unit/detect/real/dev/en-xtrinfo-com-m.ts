import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://xtrinfo.com/financial-questions/5-best-states-for-bitcoin-mining-and-the-worst/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: '5 Best States For Bitcoin Mining (and the Worst)',
    blocks: [
      'Crescent Electric Supply Co. ranks the five best and worst states for mining by cost. Louisiana is the cheapest place to mine bitcoin, at an average of $3,224 per bitcoin. Idaho, Washington and Tennessee follow, and Arkansas, averaging $3,505 per bitcoin, completes the top five.',
      'Hawaii, at the bottom, averages $9,483 for a bitcoin. With one coin up more than 800% over the last year, even that can still leave a healthy profit.',
      'At the time of writing, one bitcoin cost $10,486.38.',
      'Massachusetts pays 20.43 cents per kWh against a national average of 13.30 cents per kWh, while Hawaii averages 29.03 cents per kWh.',
    ],
    expect: [
      c('$3,224', 3224),
      c('$3,505', 3505),
      c('$9,483', 9483),
      p('$10,486.38', 10486.38),
      o('20.43 cents per kWh', 0.2043),
      o('13.30 cents per kWh', 0.133),
      o('29.03 cents per kWh', 0.2903),
    ],
  },
];
