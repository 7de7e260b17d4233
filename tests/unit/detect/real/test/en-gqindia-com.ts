import { o, p, type RealCase } from '../labels';

// Indian magazine: rupee amounts as "₹4500", "INR4500", "Rs 459 crore"; a quoted tweet with a "$BTC" cashtag.
export const cases: RealCase[] = [
  {
    url: 'https://www.gqindia.com/content/if-youd-invested-100-in-bitcoin-in-2010-heres-how-rich-youd-be-today',
    lang: 'en',
    tags: ['prose', 'format', 'forum'],
    title: 'If you’d invested ₹4500 in Bitcoin in 2010, here’s how rich you’d be today',
    blocks: [
      'If you’d invested ₹4500 in Bitcoin in 2010, here’s how rich you’d be today',
      'In its brief existence, Bitcoin has been hailed by some as the currency of the future and denounced by many as a fad. But let the numbers talk: if you had had the intuition to invest, say $100 dollars, in Bitcoin back in 2010 (INR4500 approx by the exchange rate back then), today you would be worth a whopping $72 million (Rs 459 crore).',
      "CNBC's Arjun Kharpal reported this week that Bitcoin had touched $2100, a new high for the 2009 invention:",
      "If you bought $100 of #bitcoin 7 years ago, you'd be sitting on $72.9 million now $BTC -- Arjun Kharpal (@ArjunKharpal) May 22, 2017",
      'So yes, Bitcoin comes with its risks: say you were one of those lucky folks who invested $100 in it seven years ago, nothing stops it from dropping to a ridiculous low tomorrow.',
    ],
    expect: [
      o('₹4500', 4500, 'INR'),
      o('$100 dollars', 100),
      o('INR4500', 4500, 'INR'),
      o('$72 million', 72e6),
      o('Rs 459 crore', 4.59e9, 'INR'),
      p('$2100', 2100),
      o('$100', 100),
      o('$72.9 million', 72.9e6),
      o('$100', 100),
    ],
  },
];
