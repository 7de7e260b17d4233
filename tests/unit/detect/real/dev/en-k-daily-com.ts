import { o, type RealCase } from '../labels';

// K-Daily (Korean portal, English news feed) on the "miner capitulation number": the page is about price
// vs. cost of production, but the only amounts are a rig's daily revenue and a per-kWh power rate.
export const cases: RealCase[] = [
  {
    url: 'https://k-daily.com/ko/coin/news_detail.php?regnum=6367',
    lang: 'en',
    tags: ['cost', 'prose'],
    title:
      'The Miner Capitulation Number: A Look at When Bitcoin’s Price Crashed Below the Cost of Production',
    blocks: [
      'The Miner Capitulation Number: A Look at When Bitcoin’s Price Crashed Below the Cost of Production',
      'News Feed - 2022-02-07 11:02:53',
      'Hashrate sits at record highs while the asset’s value is 38% below where it stood three months ago, on November 10, 2021. That has made mining bitcoin (BTC) less profitable, though still profitable for most high-powered rigs. At today’s BTC exchange rates, for example, a Bitmain Antminer S19 Pro with 110 terahash per second (TH/s) will earn $16.81 per day if its electricity costs about $0.12 per kilowatt-hour (kWh).',
    ],
    expect: [o('$16.81', 16.81), o('$0.12', 0.12)],
  },
];
