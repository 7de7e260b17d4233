import { p, type RealCase } from '../labels';

// Weekly Bitcoin technical outlook: a close, resistance and support levels and ranges, a Fibonacci
// level and an options "max pain" price; almost no sentence repeats the word Bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://umniy.com/bulls-goal-94000-break-for-momentum-into-new-year',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bulls’ Goal: $94,000 Break for Momentum Into New Year',
    blocks: [
      'Last week, bulls needed to hold above $85,000 to fend off the bears, and they did. The Bitcoin price fell back to support and the bulls pushed it up to close the week at $88,656. Failing a push above the wedge trend line, look for the next leg down into the low $70,000 range.',
      {
        text: 'Initial resistance is at $91,400, with the next level at $94,000. Above there we should see very strong resistance at $98,000, then a resistance zone from $101,000 up to $108,000. A close above $108,000 would cast serious doubt on the long-term top.',
        heading: 'Important support and resistance levels now',
      },
      'The $84,000 support held again last week. If it is lost, the $72,000 to $68,000 zone should hold on a first test. A close below $68,000 would likely lead to a slow grind down to the 0.618 Fibonacci retracement support at $57,000.',
      {
        text: 'Large long-dated options expire on December 26 with a maximum pain price of $100,000, so look for the price to try to push closer to the $100,000 level this week.',
        heading: 'Outlook for this week',
      },
    ],
    expect: [
      p('$85,000', 85000),
      p('$88,656', 88656),
      p('$70,000', 70000),
      p('$91,400', 91400),
      p('$94,000', 94000),
      p('$98,000', 98000),
      p('$101,000', 101000),
      p('$108,000', 108000),
      p('$108,000', 108000),
      p('$84,000', 84000),
      p('$72,000', 72000),
      p('$68,000', 68000),
      p('$68,000', 68000),
      p('$57,000', 57000),
      p('$100,000', 100000),
      p('$100,000', 100000),
    ],
  },
];
