import { o, p, type RealCase } from '../labels';

// An r/Bitcoin thread (through a Reddit front-end) on working out an average cost per coin from DCA buys:
// dollar spends glued as "100$", bare BTC levels inside worked sums, and a weighted average price.
const url = 'https://reddit.gpgaming.de/r/Bitcoin/comments/oewcqp/average_cost';
const title = 'Average cost : r/Bitcoin';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'prose'],
    title,
    blocks: [
      "u/Amber_Sam Jul 06 '21",
      "Say you only ever used one bank account and one exchange. Go through the bank statements and note every payment you sent to that exchange. Let's say the total is $10,000. Now look in your Bitcoin wallet. If there are 10 Bitcoin in it, you bought each Bitcoin for $1,000",
      '10,000 (money spent) : 10 (number of coins bought) = 1,000 (average price of each coin)',
    ],
    expect: [o('$10,000', 10000), p('$1,000', 1000), p('1,000', 1000)],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      "u/Yesnico Jul 07 '21 edited Jul 07 '21",
      'The way I understand it, it goes like this:',
      "Let's say you bought 100$ at $30000 and 100$ at $40000. Multiply each buy by the Bitcoin price:",
      '100 x 30000 = 3000000',
      '100 x 40000 = 4000000',
      'Add them up and divide by the sum of everything you spent:',
      '(3000000 + 4000000) / (100 + 100) = 35000',
      '$35000 is the average price you paid for your satoshis.',
      'Another example:',
      'You bought 100$ at $30000 and 1000$ at $40000 and then 300$ at $45000:',
      '100 x 30000 = 3000000',
      '1000 x 40000 = 40000000',
      '300 x 45000 = 13500000',
      '(3000000 + 40000000 + 13500000) / (100 + 1000 + 300) = $40357.14',
      'Easy to set up as a sheet in Excel.',
    ],
    expect: [
      o('100$', 100),
      p('$30000', 30000),
      o('100$', 100),
      p('$40000', 40000),
      p('30000', 30000),
      p('40000', 40000),
      p('35000', 35000),
      p('$35000', 35000),
      o('100$', 100),
      p('$30000', 30000),
      o('1000$', 1000),
      p('$40000', 40000),
      o('300$', 300),
      p('$45000', 45000),
      p('30000', 30000),
      p('40000', 40000),
      p('45000', 45000),
      p('$40357.14', 40357.14),
    ],
  },
];
