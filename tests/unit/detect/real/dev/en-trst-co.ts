import { o, p, type RealCase } from '../labels';

// Personal story from someone who nearly bought on Hacker News: sums spent vs. price levels.
export const cases: RealCase[] = [
  {
    url: 'https://trst.co/blog/an-unsuccessful-bitcoin-millionaire/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'An Unsuccessful Bitcoin Millionaire',
    blocks: [
      'An Unsuccessful Bitcoin Millionaire',
      "When I was a bright young thing, I had managed to get hold of a Visa Debit card, which in those days was a rare thing indeed. It was my first chance to buy goods online and, with little sense of fiscal responsibility, I loaded the last $20 in my bank account onto this shady bit of plastic. There was but one slight problem: I couldn't afford anything interesting.",
      "What's a floating eye to do? Discouraged, I opened all my feeds in search of a quick dopamine hit. That's when it happened: I landed on Hacker News, and the price of something called bitcoin was splashed across the top entry. It was trading at $0.02, which seemed exciting to all of the anonymous commenters on HN.",
      'I had no sense of where bitcoin would go, let alone a firm grasp of what it was. I found somewhere to buy my first bitcoins and carefully typed my Visa Debit details into the purchase form. Now the hard question: how many of these little doodles should I buy? All $20 worth was where I ended up.',
      'Purchase. Purchase. Purchase. Nothing.',
      'If the math is giving you trouble, I would have ended up with roughly 1,000 bitcoin from that transaction had it gone through. Last I checked, one single bitcoin was trading at $1191.14 USD (taken on 2017-03-12 11:44am). That comes to well above $1,000,000 USD. Cue the sound of a tiny violin.',
    ],
    expect: [
      o('$20', 20),
      p('$0.02', 0.02),
      o('$20', 20),
      p('$1191.14 USD', 1191.14),
      o('$1,000,000 USD', 1e6),
    ],
  },
];
