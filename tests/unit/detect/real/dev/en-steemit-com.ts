import { o, type RealCase } from '../labels';

// A Steemit blog series on home mining: setup spend, daily gross and daily running cost, with "bitcoin" in
// every sentence but no price of a coin.
export const cases: RealCase[] = [
  {
    url: 'https://steemit.com/cryptocurrency/@mountainherb/how-much-does-mined-bitcoin-cost',
    lang: 'en',
    tags: ['forum', 'cost', 'prose'],
    title: 'How Much Does Mined Bitcoin Cost?',
    blocks: [
      'How Much Does Mined Bitcoin Cost?',
      'in #cryptocurrency • 7 years ago (edited)',
      'Welcome to the fourth post in a series about bitcoin mining basics. This time, let’s look at the cost of mined bitcoin from three different points of view.',
      { text: 'Dollars In, Bitcoin Out', heading: 'How Much Does Mined Bitcoin Cost?' },
      {
        text: 'Suppose you spend $1000 setting up a small mine, which then nets (after operating expenses) about .001 BTC per day. Your first day’s haul looks like some very expensive bitcoin, but the dollars spent per bitcoin mined fall every day. If the mine runs long enough, it will produce bitcoin for pennies — true, perhaps, but not a very useful way to look at it.',
        heading: 'Dollars In, Bitcoin Out',
      },
      { text: 'Cost of Power', heading: 'How Much Does Mined Bitcoin Cost?' },
      {
        text: 'At the other end of the cost spectrum lies the idea of mining bitcoin for the cost of electricity. If a mine grosses $10 worth of bitcoin per day and costs $2/day to run, it makes 80% profit! Pay no attention to the cost of equipment, wiring upgrades, etc.',
        heading: 'Cost of Power',
      },
    ],
    expect: [o('$1000', 1000), o('$10', 10), o('$2', 2)],
  },
];
