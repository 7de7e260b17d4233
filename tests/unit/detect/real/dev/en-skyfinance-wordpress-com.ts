import { o, p, type RealCase } from '../labels';

// A 2013 blog post on order-book depth: per-coin prices, average fill prices and EUR totals side by side.
export const cases: RealCase[] = [
  {
    url: 'https://skyfinance.wordpress.com/2013/11/26/what-is-the-illiquidity-of-bitcoins/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'What is the illiquidity of Bitcoins?',
    blocks: [
      'What is the illiquidity of Bitcoins?',
      'Looking at one of the virtual currency trading sites (crypto-trade.com), you notice you can buy bitcoins for $815, but you can only sell them at $753, and for the EUR it is worse: buy it at EUR 650 and eventually sell it at EUR 370. Someone bought and sold about 1000 EUR-worth bitcoins, and about 4000 USD-worth bitcoins on 26th of November 2013. It definitely looks good from the point of view of the trading sites.',
      'For 26th of November 2013, on intersango.com, at 7PM GMT there was a request',
      'of 679 EUR for 1.79 BTC, with an average price of 377 EUR,',
      'of 6568 EUR in further 58 Bc with an average price of 113 EUR.',
      'The next interested buyer was for 1,000 BTC for 0.12 EUR each. That makes 60 BTC sold at an average price of 120 EUR.',
      'If you have 100 BTC to sell, you will sell them for an average price of EUR 72.',
      'If you have 1000 BTC, you’ll sell them for an average price of 7 EUR.',
      'Given that there are already 12 000 000 BTC in total, and the price falls exponentially with the amount of BTC sold, how could one say that the Market Capitalisation is 8,000,000, 000 EUR?',
    ],
    expect: [
      p('$815', 815),
      p('$753', 753),
      p('EUR 650', 650, 'EUR'),
      p('EUR 370', 370, 'EUR'),
      o('1000 EUR', 1000, 'EUR'),
      o('4000 USD', 4000),
      o('679 EUR', 679, 'EUR'),
      p('377 EUR', 377, 'EUR'),
      o('6568 EUR', 6568, 'EUR'),
      p('113 EUR', 113, 'EUR'),
      p('0.12 EUR', 0.12, 'EUR'),
      p('120 EUR', 120, 'EUR'),
      p('EUR 72', 72, 'EUR'),
      p('7 EUR', 7, 'EUR'),
      o('8,000,000, 000 EUR', 8e9, 'EUR'),
    ],
  },
];
