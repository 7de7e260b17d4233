import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.newsbreak.com/news/2423434981196/canadian-cryptocurrency-exchange-biconomy-together-with-partner-fund-lt-capital-launches-a-fund-for-100m-yahoo-finance',
    lang: 'en',
    tags: ['anaphora', 'prose', 'format'],
    title: 'Bitcoin hits record high',
    blocks: [
      'Bitcoin prices climbed to a record as the Bank of England set out a timetable for its own digital currency. The coin broke above $68,000 (£50,150) for the first time and is now up more than 110 per cent since January. Its previous record came in late October, when it reached $67,700 (£49,920).',
    ],
    expect: [
      p('$68,000', 68000),
      p('£50,150', 50150, 'GBP'),
      p('$67,700', 67700),
      p('£49,920', 49920, 'GBP'),
    ],
  },
];

cases.push({
  url: 'https://www.newsbreak.com/news/2263052013229/crypto-crash-disaster-for-coinbase-or-a-helping-hand',
  lang: 'en',
  tags: ['prose', 'format'],
  title: 'Crypto crash: disaster for Coinbase or a helping hand?',
  blocks: [
    'Bitcoin, Dogecoin and other popular cryptocurrencies such as Ether, Matic and Binance Coin fell sharply on Wednesday (May 19), sparking a trading rush that Indian exchanges struggled with. Bitcoin, the largest and most popular cryptocurrency with a market cap of over $1 trillion (roughly Rs. 73,00,000 crore), traded perilously close to $30,000 (roughly Rs. 22 lakh) at around 7pm IST — a 21 percent drop — before bouncing quickly, Binance data show. Dogecoin fell harder, to as low as $0.26 (approximately Rs. 19), and has only partly recovered.',
  ],
  expect: [
    o('$1 trillion', 1e12),
    o('Rs. 73,00,000 crore', 73e12, 'INR'),
    p('$30,000', 30000),
    p('Rs. 22 lakh', 2200000, 'INR'),
    o('$0.26', 0.26),
    o('Rs. 19', 19, 'INR'),
  ],
});
