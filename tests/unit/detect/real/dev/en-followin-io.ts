import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://followin.io/feed/14913492',
    lang: 'en',
    tags: ['forum', 'anaphora', 'prose'],
    blocks: [
      "First, congratulations on Bitcoin officially reaching $100,000 today. Here's a fun story.",
      'In January 2018, I wrote an article about how to survive a bear market. That year, I made a bold statement that was heavily mocked in the comments:',
      '"It\'s only a matter of time before Bitcoin reaches $50,000."',
      '"Since we know Bitcoin will reach $50,000, all our operations should aim to increase the amount of Bitcoin we hold. Why would we take losses and sell now?"',
      'A commenter replied: "Did the author just clap his hands and conclude that Bitcoin can reach $50,000?"',
      'At the time, Bitcoin was $11,000.',
      "What's amusing is that as Bitcoin broke through $20,000, $30,000, $40,000, and finally $100,000, people would go out of their way to mock that old comment.",
    ],
    expect: [
      p('$100,000', 100000),
      p('$50,000', 50000),
      p('$50,000', 50000),
      p('$50,000', 50000),
      p('$11,000', 11000),
      p('$20,000', 20000),
      p('$30,000', 30000),
      p('$40,000', 40000),
      p('$100,000', 100000),
    ],
  },
];
