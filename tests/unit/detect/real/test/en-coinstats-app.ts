import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinstats.app/coins/bitcoin/',
    lang: 'en',
    tags: ['widget', 'label-value'],
    title: 'Bitcoin Price (BTC)',
    blocks: [
      'Bitcoin Price (BTC)',
      '#1',
      { text: '$57,414.43', row: 'Bitcoin Price (BTC)' },
      '0.47%',
      '฿1',
      '0%',
      { text: '$1.1T', row: 'Market Cap' },
      { text: '$49.2B', row: 'Volume 24h' },
      { text: '18,887,325', row: 'Circulating Supply' },
      { text: '21,000,000', row: 'Total Supply' },
      'Bitcoin Price Chart (USD)',
      { text: '0.47%', row: '24H Change' },
      { text: 'Bitcoin Price Update', heading: 'Bitcoin Price Update' },
      {
        text: 'Bitcoin price is $57,414.43, up 0.47% in the last 24 hours, and the live market cap is $1.1T. It has a circulating supply volume of 18,887,325 BTCcoins and a max. supply volume of 21,000,000 BTC alongside $1.1T 24h trading volume.',
        heading: 'Bitcoin Price Update',
      },
    ],
    expect: [
      p('$57,414.43', 57414.43),
      o('$1.1T', 1.1e12),
      o('$49.2B', 4.92e10),
      p('$57,414.43', 57414.43),
      o('$1.1T', 1.1e12),
      o('$1.1T', 1.1e12),
    ],
  },
  {
    url: 'https://coinstats.app/blog/will-the-real-satoshi-please-stand-up/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Price Prediction',
    blocks: [
      'Bitcoin, launched in 2009, is the first and most popular cryptocurrency by market capitalization and user base. From 2010, when one token went from fractions of a dollar to $0.09, it climbed to an all-time high of $68,789.63 in 2021.',
      { text: 'Bitcoin Price History', heading: 'Bitcoin Price History' },
      {
        text: 'Its trading history has been highly volatile, with bullish highs (around $69000 in 2021) and dramatic crashes (below $20000 in 2022).',
        heading: 'Bitcoin Price History',
      },
      { text: 'Here are some key moments in Bitcoin’s price history:', heading: 'Bitcoin Price History' },
      {
        text: 'Bitcoin was created in 2009, and its initial price was around $0.01.',
        heading: 'Bitcoin Price History',
      },
      {
        text: 'In 2010, within seven months, Bitcoin’s price increased from $0.07 to $1.00.',
        heading: 'Bitcoin Price History',
      },
      {
        text: 'In 2013, BTC price reached $230 on April 8 and dropped to $68.50 on July 4.',
        heading: 'Bitcoin Price History',
      },
      {
        text: 'By December 2013, it had spiked to $1,237.55 and then fallen to $687.02 in three days.',
        heading: 'Bitcoin Price History',
      },
      {
        text: 'In 2017, Bitcoin surged again and skyrocketed to $19,345.49 on Dec. 15.',
        heading: 'Bitcoin Price History',
      },
    ],
    expect: [
      p('$0.09', 0.09),
      p('$68,789.63', 68789.63),
      p('$69000', 69000),
      p('$20000', 20000),
      p('$0.01', 0.01),
      p('$0.07', 0.07),
      p('$1.00', 1),
      p('$230', 230),
      p('$68.50', 68.5),
      p('$1,237.55', 1237.55),
      p('$687.02', 687.02),
      p('$19,345.49', 19345.49),
    ],
  },
];
