// Q&A-style post on the BTC/EUR rate: euro amounts written as "28,500 euros", a bid/ask pair for one coin (p)
// next to a daily volume in euros (o) and a BTC-denominated depth figure that is no currency.
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lizardedizioni.com/post/1403',
    lang: 'en',
    tags: ['prose', 'widget', 'format'],
    title: 'is bitcoin stronger than the euro today?',
    blocks: [
      'is bitcoin stronger than the euro today?',
      'Judged by short-term swings and long-run upside, and going by the live btc to eur rate, Bitcoin looks strong against the euro. At 12:00 UTC on October 16, 2024, one Bitcoin traded at 28,500 euros, up 37% since January. The euro meanwhile lost 4.2% against the US dollar this year, which lifted the euro-denominated value of Bitcoin further. Daily volume on the Coinbase BTC/EUR book averaged 180 million euros, and the spread stayed near 0.05% (buy one for 28,490 euros, sell one for 28,505 euros). Order-book depth across the top five levels exceeded 6,000 BTC, so large orders slipped by less than 0.3%.',
      'Bitcoin (BTC) - EUR - Live Bitcoin price and market cap',
      'Volatility shows the risk premium. Bitcoin’s 30-day annualized volatility is 65%, against 8% for the euro versus the dollar, yet in 2024 its return in euros averaged 89%.',
    ],
    expect: [
      p('28,500 euros', 28500, 'EUR'),
      o('180 million euros', 180e6, 'EUR'),
      p('28,490 euros', 28490, 'EUR'),
      p('28,505 euros', 28505, 'EUR'),
    ],
  },
];
