import { p, type RealCase } from '../labels';

// Tabloid explainer quoting the price in pounds with dollars in brackets (and the reverse); the last
// paragraph says only "the price", with Bitcoin named paragraphs earlier.
export const cases: RealCase[] = [
  {
    url: 'https://www.thescottishsun.co.uk/money/1930726/bitcoin-price-todays-rate-in-usd-and-gbp-and-latest-news-on-the-cryptocurrency/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin price news – today’s value in GBP and USD amid crunch time for BTC cryptocurrency',
    blocks: [
      'What is Bitcoin worth today?',
      'Bitcoin was changing hands at around £7,643 ($10,589) at 1pm today – a small drop of around 2.24 per cent since the open.',
      'Bitcoin looks neutral in a range of between $10,559 (£7,618) and $10,990 (£7,928), and a break out of this range could point to a longer-term trend.',
      'At the bottom of its free-fall, bitcoin’s value had lost nearly three quarters since its record high of £14,837 on December 18.',
      'A Bitcoin was worth just £4,350 on February 6 but nearly doubled within a fortnight.',
      'Its price was hurt by South Korea’s plan to ban anonymous cryptocurrency trading, which sent the market into a tailspin.',
      'Analysts had warned of a bubble after the price soared beyond $10,000 for the first time in late November 2017 and peaked at almost twice that three weeks later.',
    ],
    expect: [
      p('£7,643', 7643, 'GBP'),
      p('$10,589', 10589),
      p('$10,559', 10559),
      p('£7,618', 7618, 'GBP'),
      p('$10,990', 10990),
      p('£7,928', 7928, 'GBP'),
      p('£14,837', 14837, 'GBP'),
      p('£4,350', 4350, 'GBP'),
      p('$10,000', 10000),
    ],
  },
];
