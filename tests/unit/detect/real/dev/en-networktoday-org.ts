import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://networktoday.org/btc-is-trading-at-56995-51/',
    lang: 'en',
    tags: ['prose', 'label-value', 'anaphora', 'format'],
    title: 'BTC is trading at $56,995.51',
    blocks: [
      'What is the price of bitcoin today?',
      'The price of bitcoin, or 1 BTC, traded at $56,995.51, as of 8 a.m. ET. The highest intraday price that the original crypto reached in the past year was $73,750.07 on March 14, 2024.',
      {
        text: 'Bitcoin reached an all-time high of $73,750.07 on March 14, 2024. The lowest intraday price it traded in the past year was $24,930.30 on Sep. 11, 2023. Bitcoin is up 94% year over year.',
        heading: 'Bitcoin prices',
      },
      {
        text: 'The original cryptocurrency debuted in January 2009. It’s now a major asset with a market cap of $1.13 trillion.',
        heading: 'Bitcoin prices',
      },
      {
        text: 'The first bitcoin transaction occurred in late 2009, when 5,050 BTC traded for $5.02. At the time, the price of 1 BTC was about a tenth of a cent.',
        heading: 'Bitcoin’s starting price',
      },
    ],
    expect: [
      p('$56,995.51', 56995.51),
      p('$73,750.07', 73750.07),
      p('$73,750.07', 73750.07),
      p('$24,930.30', 24930.3),
      o('$1.13 trillion', 1.13e12),
      o('$5.02', 5.02),
      p('a tenth of a cent', 0.001),
    ],
  },
];
