import { o, p, type RealCase } from '../labels';

// A magazine interview intro: a company's purchase total, then the coin's high and low.
export const cases: RealCase[] = [
  {
    url: 'https://slate.com/technology/2021/05/bitcoin-price-reddit-robinhood-interview-dogecoin.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    blocks: [
      'It’s been a brutal week for crypto investors. For months, cryptocurrencies had enjoyed record highs thanks partly to Tesla buying $1.5 billion in Bitcoin in February, NFTs fetching multimillion-dollar sums at auction, and people having time on their hands. Yet this surge in Bitcoin prices, which reached a high of $64,829 in April, began to weaken sharply last week when Elon Musk announced that the carmaker would no longer accept the cryptocurrency. Bitcoin fell to a low of $30,066, about 50 percent below its record high, before rebounding ever so slightly.',
    ],
    expect: [o('$1.5 billion', 1.5e9), p('$64,829', 64829), p('$30,066', 30066)],
  },
];
