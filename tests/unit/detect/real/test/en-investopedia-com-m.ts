import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.investopedia.com/news/five-best-states-bitcoin-mining-and-worst/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: '5 Best States For Bitcoin Mining (and the Worst)',
    blocks: [
      '5 Best States For Bitcoin Mining (and the Worst)',
      'Crescent Electric Supply Co. ranks the five best and worst states for mining by cost. Louisiana, at an average cost of $3,224 per bitcoin, is the cheapest. Idaho, Washington and Tennessee come next, and Arkansas – with average costs of $3,505 per bitcoin – completes the top five.',
      'Hawaii, at the very bottom, has average costs of $9,483 per bitcoin. Since a single bitcoin has risen more than 800 percent in a year, even those costs could still leave a tidy profit.',
      'As of this writing, a single bitcoin was trading at $10,488.38.',
      {
        text: 'Massachusetts pays electricity rates of 20.43 cents per kWh, against a national average of 13.30 cents per kWh. Hawaii averages 29.03 cents per kWh.',
        heading: 'A Case Of Energy Costs?',
      },
    ],
    expect: [
      c('$3,224', 3224),
      c('$3,505', 3505),
      c('$9,483', 9483),
      p('$10,488.38', 10488.38),
      o('20.43 cents per kWh', 0.2043),
      o('13.30 cents per kWh', 0.133),
      o('29.03 cents per kWh', 0.2903),
    ],
  },
];
