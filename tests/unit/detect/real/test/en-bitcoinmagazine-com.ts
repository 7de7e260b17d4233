import { p, type RealCase } from '../labels';

// Bitcoin magazine's weekly price outlook: a monthly close, resistance and support levels, a
// support zone and Fibonacci levels; most sentences speak of "the price", "bulls" and "bears".
export const cases: RealCase[] = [
  {
    url: 'https://bitcoinmagazine.com/markets/bitcoins-november-red-candle-signals-bearish-macd-cross-eyes-75000-test',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin’s November Red Candle Signals Bearish MACD Cross, Eyes $75,000 Test',
    blocks: [
      {
        text: 'The week and month closed at $90,385, still well below the closest resistance level at $91,400. Bears will likely try to push the price below the $84,000 support level.',
        heading: 'Bitcoin Price Weekly Outlook',
      },
      {
        text: 'Bulls tested initial resistance at $91,400 but sold off after hitting $93,000, short of the next resistance at $94,000. Above here, strong resistance runs from $98,000 up to $103,000, and we will revisit higher levels if bulls get close to $100,000.',
        heading: 'Key Support and Resistance Levels Now',
      },
      '$84,000 Support held firm this past week. Initially, bulls will look to hold the 0.146 Fibonacci retracement at $87,000. Below $84,000, bulls may defend $75,000, and the $72,000 to $69,000 area should provide strong support before a possible test of the 0.618 Fibonacci retracement at $57,700.',
      {
        text: 'Bears pushed the price down to $87,000 support. If it is lost, bulls must hold $84,000 to avoid testing $75,000; if they hold, they will again try to conquer $91,400.',
        heading: 'Outlook For This Week',
      },
    ],
    expect: [
      p('$90,385', 90385),
      p('$91,400', 91400),
      p('$84,000', 84000),
      p('$91,400', 91400),
      p('$93,000', 93000),
      p('$94,000', 94000),
      p('$98,000', 98000),
      p('$103,000', 103000),
      p('$100,000', 100000),
      p('$84,000', 84000),
      p('$87,000', 87000),
      p('$84,000', 84000),
      p('$75,000', 75000),
      p('$72,000', 72000),
      p('$69,000', 69000),
      p('$57,700', 57700),
      p('$87,000', 87000),
      p('$84,000', 84000),
      p('$75,000', 75000),
      p('$91,400', 91400),
    ],
  },
];
