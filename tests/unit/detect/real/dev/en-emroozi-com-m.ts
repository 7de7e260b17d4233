import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.emroozi.com/20597.html',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'What is the True Cost of Mining a Single Bitcoin?',
    blocks: [
      {
        text: 'Electricity Cost: the biggest running expense, since rigs run around the clock. For instance, at 10 cents per kWh the energy cost to mine one Bitcoin can be roughly $11,000.',
        heading: 'Key Factors That Determine Mining Cost',
      },
    ],
    expect: [o('10 cents per kWh', 0.1), c('$11,000', 11000)],
  },
];
