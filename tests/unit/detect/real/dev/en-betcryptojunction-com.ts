import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://betcryptojunction.com/i-bought-bitcoin-today-and-felt-nothing',
    lang: 'en',
    tags: ['forum', 'anaphora', 'prose'],
    title: 'I bought Bitcoin today and felt nothing',
    blocks: [
      'I looked at my wallet and saw a sad six digits.',
      'Usually, buying Bitcoin is a joyful process. I’d have the satisfaction of picking up at least a bitcent.',
      'As someone who had that chance to buy Bitcoin at $50 (but thought better of it, LOL) it’s been a bitter time over the years, dutifully stacking away in an attempt to undo my mistake.',
      'Yes, with the price soaring over $88,000, I knew I was buying the top, and I have every ounce of confidence that this purchase will be meaningful someday.',
      'I’m sure in 10 years someone will look back at this post and laugh, marveling about how you could buy 500,000 satoshis for $500. Hell, my purchase is already in the green.',
      'I’m sure people are out there furiously stacking, afraid the Bitcoin price will run past $100,000 without them having any.',
    ],
    expect: [p('$50', 50), p('$88,000', 88000), o('$500', 500), p('$100,000', 100000)],
  },
];
