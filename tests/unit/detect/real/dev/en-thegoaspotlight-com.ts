import { o, p, type RealCase } from '../labels';

// Translated explainer: "50 dollars" for 10 thousand BTC (a total), one-coin prices, huge totals.
export const cases: RealCase[] = [
  {
    url: 'https://thegoaspotlight.com/2022/02/05/how-much-would-you-have-today-if-you-invested-100-in-cryptocurrencies-when-they-launched-fayerwayer/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'How much would you have today if you invested $100 in cryptocurrencies when they launched?',
    blocks: [
      'How much money would you have today if you invested $100 in cryptocurrencies in the years 2009-2010? Let’s take the example of Bitcoin, the oldest of these virtual currencies.',
      'Initially, with no investment, Bitcoin had no value. Nick Traverse recalls in a 2013 piece for The New Yorker that in March 2010 the user SmokeTooMuch auctioned 10 thousand BTC for 50 dollars, without finding a buyer.',
      {
        heading: 'The evolution of Bitcoin and how much we would have today',
        text: 'Things really started moving in April 2010, when the now defunct BitcoinMarket, the first exchange, began to work. The value of 1 BTC back then was $0.003.',
      },
      {
        heading: 'The evolution of Bitcoin and how much we would have today',
        text: 'Let the time machine take us to 2010 to invest 100 dollars in BitcoinMarket. We could have bought 33,333 BTC. How much would they be worth today? The wonderful figure of $1,232,012,333.',
      },
      {
        heading: 'Historical evolution of Bitcoin',
        text: 'That corresponds to a price today, February 3, 2022, of about $36,960, with the cryptocurrency in full decline. At its highest, Bitcoin reached $68,789 on November 10, 2021; that crazy November we would have had $2,292,943,737.',
      },
    ],
    expect: [
      o('$100', 100),
      o('50 dollars', 50),
      p('$0.003', 0.003),
      o('100 dollars', 100),
      o('$1,232,012,333', 1232012333),
      p('$36,960', 36960),
      p('$68,789', 68789),
      o('$2,292,943,737', 2292943737),
    ],
  },
];
