import { p, type RealCase } from '../labels';

// A general-discussion board thread revisiting a 3.5-year-old Bitcoin bet: quoted replies from the old
// thread, then a run of past levels in "$13k"/"$5k" shorthand and a new "$69,000"/"$69k" target.
const url = 'https://tuscl.net/discussion/80434';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'prose'],
    blocks: [
      'About 3.5 years ago I opened a discussion with this: “What are the odds of the Bitcoin price getting back to $20,000 within the next 5 years?... If bitcoin hits $20,000 again, that’s a 426% total return” [tuscl.net]. Back then the USD price of 1 BTC was about $3700. Some of the replies:',
      'jackob85: “not likely bitcoin will be $20k in 5 years.” AZFourTwenty: “0.00%” JimmyMcNulty: “What are the chances you lose all your money if you buy bitcoin v. losing all your money if you buy an S&P index fund?” Mate72: “No more than 5-10% of your investable assets should go to speculation, such as bitcoin.”',
    ],
    expect: [p('$20,000', 20000), p('$20,000', 20000), p('$3700', 3700), p('$20k', 20000)],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'anaphora', 'format'],
    blocks: [
      'After that thread, the USD price of Bitcoin went on to a local top of $13k that summer, fell back to $5k in the March 2020 Covid liquidity crunch, and then climbed past $60k, with an ATH of $69k (lol), in 2021. Right now the price sits at $24k, which is above the $20k price I asked about 3.5 years ago.',
      'So today I ask the same thing, updated for where we are: what are the odds of the Bitcoin price getting back to $69,000 within the next 5 years? If the USD price of Bitcoin hits $69k again, that’s a 187% total return. Anybody want to bet on it? Anyone keen to keep holding depreciating dollars while the FED prints trillions more every year?',
    ],
    expect: [
      p('$13k', 13000),
      p('$5k', 5000),
      p('$60k', 60000),
      p('$69k', 69000),
      p('$24k', 24000),
      p('$20k', 20000),
      p('$69,000', 69000),
      p('$69k', 69000),
    ],
  },
];
