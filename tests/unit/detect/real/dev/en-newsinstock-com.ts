import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newsinstock.com/bitcoin-price-today-btc-is-up-1-01',
    lang: 'en',
    tags: ['prose', 'label-value', 'anaphora'],
    title: 'Bitcoin price today: BTC is up 1.01%',
    blocks: [
      'What is the current price of bitcoin?',
      'The price of bitcoin, or 1 BTC, traded at $63,416.97, as of 8 a.m. ET. The highest intraday price that the original crypto reached in the past year was $73,750.07 on March 14, 2024.',
      {
        text: 'Bitcoin reached an all-time high of $73,750.07 on March 14, 2024. The lowest intraday price it traded in the past year was $26,011.47 on Sep. 25, 2023. Bitcoin is up 138% year over year.',
        heading: 'Bitcoin price history',
      },
      {
        text: 'The original cryptocurrency debuted in January 2009. It’s now a major asset with a market cap of $1.25 trillion.',
        heading: 'Bitcoin price history',
      },
    ],
    expect: [
      p('$63,416.97', 63416.97),
      p('$73,750.07', 73750.07),
      p('$73,750.07', 73750.07),
      p('$26,011.47', 26011.47),
      o('$1.25 trillion', 1.25e12),
    ],
  },
];
