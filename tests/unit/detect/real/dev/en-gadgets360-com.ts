import { o, p, type RealCase } from '../labels';

// "(1.30 lakh)" carries no currency of its own, so it is not labelled.
export const cases: RealCase[] = [
  {
    url: 'https://www.gadgets360.com/cryptocurrency/news/bitcoin-price-usd-23129-ether-cryptocurrencies-gains-india-union-budget-day-3742065/amp',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'BTC, ETH Open Trading in Narrow Range on India’s Union Budget Announcement Day',
    blocks: [
      'Bitcoin, up a modest 1.36 percent, is currently priced $23,129 (roughly Rs. 18.9 lakh).',
      'The crypto market cap currently stands at $1.05 trillion',
      'Most major cryptocurrencies opened Wednesday, February 1, in the green, the day India presents its Union Budget for 2023-2024. Bitcoin, up 1.36 percent, is priced $23,129 (roughly Rs. 18.9 lakh), much as on Binance and Coinbase. Notably, the oldest cryptocurrency has now held above the $23,000 (roughly Rs. 18 lakh) mark for a second straight week.',
      'Ether rose 1.01 percent as trading opened. The crypto asset stood at $1,583 (roughly Rs. 1.29 lakh) at the time of writing, the Gadgets 360 price tracker showed.',
      '“BTC has barely gained in the past seven days. ETH did bounce off its earlier lows, and its next resistance would be at the price point of $1,600 (1.30 lakh) level,” Mudrex CEO Edul Patel told Gadgets 360.',
    ],
    expect: [
      p('$23,129', 23129),
      p('Rs. 18.9 lakh', 1890000, 'INR'),
      o('$1.05 trillion', 1.05e12),
      p('$23,129', 23129),
      p('Rs. 18.9 lakh', 1890000, 'INR'),
      p('$23,000', 23000),
      p('Rs. 18 lakh', 1800000, 'INR'),
      o('$1,583', 1583),
      o('Rs. 1.29 lakh', 129000, 'INR'),
      o('$1,600', 1600),
    ],
  },
];
