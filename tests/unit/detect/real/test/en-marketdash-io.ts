import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.marketdash.io/stock-market-news/58366/that-10-bitcoin-purchase-in-2009-could-buy-you-bezos-yacht-and-musks-jet-fleet-today',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: "That $10 Bitcoin purchase in 2009 could buy you Bezos' yacht and Musk's jet fleet today",
    blocks: [
      'When Bitcoin Cost Less Than a Penny',
      'Back in January 2009, Satoshi Nakamoto mined the genesis block and created the first 50 BTC. By October of that year, a Finnish computer science student made one of the first recognized Bitcoin transactions, selling 5,050 BTC for $5.02. Do the math, and that works out to $0.0009 per coin.',
      {
        text: 'Imagine you\'d stumbled across Nakamoto\'s Bitcoin whitepaper, actually read the thing, and thought, "You know what? This sounds interesting enough for $10."',
        heading: 'The Math That Hurts',
      },
      {
        text: "Bitcoin didn't have an established market price in those early days, but using that $0.0009 figure from the Finnish transaction, your $10 would have netted you approximately 11,111 BTC.",
        heading: 'The Math That Hurts',
      },
      {
        text: "At today's price of $87,268 per Bitcoin, that modest investment would be worth roughly $970 million.",
        heading: 'The Math That Hurts',
      },
      {
        text: "To put this in perspective: you could buy Jeff Bezos' superyacht Koru (assuming he'd part with it for its reported $800 million price tag) and still have $170 million left over.",
        heading: 'The Math That Hurts',
      },
      {
        text: 'Price Action: At the time of writing, BTC was trading at $86,421, up 3.51% over the previous 24 hours.',
        heading: 'Where Bitcoin Stands Now',
      },
    ],
    expect: [
      o('$5.02', 5.02),
      p('$0.0009', 0.0009),
      o('$10', 10),
      p('$0.0009', 0.0009),
      o('$10', 10),
      p('$87,268', 87268),
      o('$970 million', 970e6),
      o('$800 million', 800e6),
      o('$170 million', 170e6),
      p('$86,421', 86421),
    ],
  },
];
