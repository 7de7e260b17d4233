import { o, p, type RealCase } from '../labels';

// A 2017 Motley Fool column syndicated by Fox Business: a dated price history of bitcoin in short
// list items (sub-cent 2010 prices, ranges, lows), then the value of a $10 stake.
const url =
  'http://www.foxbusiness.com/markets/2017/09/24/youll-be-shocked-by-how-much-10-invested-in-bitcoin-in-2010-is-worth-today.html';
const title = 'You’ll be shocked by how much $10 invested in bitcoin in 2010 is worth today';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'The price history of bitcoin',
      'Bitcoin began trading in 2010, as the first bitcoin exchange opened in March 2010 with a per-coin value of $0.003. The first real-world transaction took place in May 2010, when 10,000 bitcoins were swapped for two pizzas in Jacksonville, Fla.',
      'The first spike in the price of bitcoin came in July 2010, when the price jumped tenfold in five days, from $0.008 to $0.08.',
    ],
    expect: [p('$0.003', 0.003), p('$0.008', 0.008), p('$0.08', 0.08)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Bitcoin first grew in value to $1.00 in early 2011.',
      'The first bitcoin "bubble" saw prices jump as high as $31 in July 2011, before crashing to a low of $2 later in the year.',
      'From December 2011 through April 2013, bitcoin went through a major price surge, from $2 to a high of $266, before settling in the $130 range.',
    ],
    expect: [p('$1.00', 1), p('$31', 31), p('$2', 2), p('$2', 2), p('$266', 266), p('$130', 130)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Bitcoin spiked once again in November 2013, topping out at $1,242.',
      'From December 2013 through much of 2014, the price of bitcoin stayed between $340 and $1,000.',
      'Bitcoin fell to a low of about $200 in March 2015, before beginning a long bull run, which is still continuing.',
    ],
    expect: [p('$1,242', 1242), p('$340', 340), p('$1,000', 1000), p('$200', 200)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'On Aug. 1, 2017, bitcoin split into two digital currencies, bitcoin and "bitcoin cash." If you owned one bitcoin before the split, you owned one of each afterward.',
      'In early September 2017, bitcoin reached $5,000 for the first time. As I write in September 2017, one bitcoin is worth just over $3,722 and one "bitcoin cash" is worth about $445.',
    ],
    expect: [p('$5,000', 5000), p('$3,722', 3722), o('$445', 445)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      '$10 worth of bitcoin in 2010',
      "To show just how impressive this rally has been, let's say you had the foresight (or good luck) to purchase $10 worth of bitcoin back in 2010.",
    ],
    expect: [o('$10', 10), o('$10', 10)],
  },
];
