import { o, p, type RealCase } from '../labels';

// A developer-community post written as a chat between a buyer and an exchange: spot, buy and sell prices
// per coin in short dialogue lines, then the spread between them and an hourly swing (both not levels).
const url = 'https://dev.to/dharm_bhardwaj_0001/why-are-cryptos-buy-and-sell-prices-so-confusing-4coa';
const title = "Why Are Crypto's Buy and Sell Prices So Confusing? - DEV Community";

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'anaphora'],
    title,
    blocks: [
      "You: Bitcoin's at $103,500?? I'm about to SPEND my entire life savings! ( in case it goes To the moon! 🚀😏 )",
      "Coinbase:💼 Sure thing, champ. But it's $104,500.",
      "You: Wait—what? That's not the price I saw??",
      'Coinbase:😎 That’s the buy price, my dude.',
      'You: (panicking): Fine, then I’ll sell some of BTC instead!',
      "Coinbase: 😏 Cool cool… we'll give you $101,950.",
    ],
    expect: [p('$103,500', 103500), p('$104,500', 104500), p('$101,950', 101950)],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'prose', 'change'],
    title,
    blocks: [
      {
        heading: 'What’s This Spread Nonsense?',
        text: 'Put simply, the spread is the gap between what you pay to buy Bitcoin (the ask) and what you get when you sell it (the bid). On Coinbase, when Bitcoin’s chilling at $103,500, the buy price is $104,500, and the sell price is $101,950. That $2,550 gap? That’s the spread, and it’s how Coinbase keeps the lights on.',
      },
      {
        heading: 'Why Does the Spread Exist?',
        text: 'Volatility Is Crypto’s Middle Name. Bitcoin’s price can swing $5,000 in an hour (and has—remember those 2021 flash crashes?). Exchanges widen the spread so they don’t get rekt if the price tanks mid-transaction.',
      },
    ],
    expect: [
      p('$103,500', 103500),
      p('$104,500', 104500),
      p('$101,950', 101950),
      o('$2,550', 2550),
      o('$5,000', 5000),
    ],
  },
];
