import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.ycombinator.com/item?id=4331440',
    lang: 'en',
    tags: ['forum', 'anaphora', 'format'],
    title: 'Hacker News',
    blocks: [
      'Say that to the people who bought at $15 or even $32.',
      "The early users didn't get all the first coins, either.",
      'Bitcoin hit Slashdot more than two years ago. It is open source; anyone could download the software and mine on their CPU.',
      'If you bought after Slashdot you would have paid around a dime or less. But Slashdot readers called it a ponzi scam and ignored it.',
      'You could have picked up thousands of bitcoins at a dollar when Steve Gibson covered it in February 2011.',
      'Or you could have bought at $30 after the July 2011 bubble and still be down 66% today, and bitter.',
      "That's speculation. Nobody knows if bitcoin will go up or down. But it is not a ponzi. Everyone who held bitcoins yesterday when they were $9.20 could have sold today at $11, not just the early miners.",
      "Just don't complain when it hits $100.",
    ],
    expect: [
      p('$15', 15),
      p('$32', 32),
      p('a dime', 0.1),
      p('a dollar', 1),
      p('$30', 30),
      p('$9.20', 9.2),
      p('$11', 11),
      p('$100', 100),
    ],
  },
];
