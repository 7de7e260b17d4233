import { o, p, type RealCase } from '../labels';

// A casino-forum guide post converting satoshis to dollars: an assumed BTC price, the same price set
// equal to 100,000,000 satoshis, and the dollar value of a million satoshis (a fraction of a coin).
const url = 'https://forum.trustdice.win/topic/338-satoshi-to-usd/';
const title = 'Satoshi to USD - TrustDice Forum';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum'],
    title,
    blocks: [
      'Hello everyone! Here is a short guide how to calculate satoshi to usd.',
      "It's pretty easy to calculate satoshi into bitcoin or usd.",
      "For example, let's assume BTC costs $10,000 and we need to find how much 1 million satoshi worth in USD?",
    ],
    expect: [p('$10,000', 10000)],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      '1 BTC = 100,000,000 Satoshi then we can assume, than $10,000 equals to 100,000,000 Satoshi.',
      '$10,000 = 100,000,000 Satoshi',
      '? = ($10,000 * 1,000,000 Satoshi) / 100,000,000 Satoshi = $100',
      'Pretty easy to calculate how much dollars in satoshi you have. Good luck!',
    ],
    expect: [p('$10,000', 10000), p('$10,000', 10000), p('$10,000', 10000), o('$100', 100)],
  },
];
