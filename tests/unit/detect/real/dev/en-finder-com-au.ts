import { o, p, type RealCase } from '../labels';

// "All prices are quoted in Australian Dollars" comes after the amounts it governs.
export const cases: RealCase[] = [
  {
    url: 'https://finder.com.au/bitcoin-statistics',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Bitcoin statistics Australia',
    blocks: [
      'The first Bitcoin reached the market in July 2010 at a cost of under $0.01. It took three years to climb past $300 in value, which it did in 2013. It has broken every record since, peaking at $93,482 in November 2021. Bitcoin’s current price is $41,123, 6.1% lower than a month ago. All prices are quoted in Australian Dollars.',
      'In the past 24 hours the price of Bitcoin has moved by $371, with a 24-hour low of $40,003 and a high of $41,250.',
      'Bitcoin is by far the largest cryptocurrency by market capitalisation, with $796 billion worth of it in existence. Its market cap first passed AUD$1 trillion in February 2021. Ethereum, the second most popular, has a market cap of $330 billion.',
      'Over the last 24 hours $23 billion worth of Bitcoin has been traded; on its worst days as little as $6 billion changes hands, on its best $82 billion.',
    ],
    expect: [
      p('$0.01', 0.01, 'AUD'),
      p('$300', 300, 'AUD'),
      p('$93,482', 93482, 'AUD'),
      p('$41,123', 41123, 'AUD'),
      o('$371', 371, 'AUD'),
      p('$40,003', 40003, 'AUD'),
      p('$41,250', 41250, 'AUD'),
      o('$796 billion', 796e9, 'AUD'),
      o('AUD$1 trillion', 1e12, 'AUD'),
      o('$330 billion', 330e9, 'AUD'),
      o('$23 billion', 23e9, 'AUD'),
      o('$6 billion', 6e9, 'AUD'),
      o('$82 billion', 82e9, 'AUD'),
    ],
  },
];
