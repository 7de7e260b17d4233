import { o, p, type RealCase } from '../labels';

// A broker-news item on ETF inflows: BTC levels in "$56K"/"$56259" form, then a "$14K" gap to the old high
// (a distance, not a level), ether's level, weekly ETF flows and a corporate purchase.
const url = 'https://comparebrokers.co/news/bitcoin-jumps-improved-etf-inflows';
const title = 'Bitcoin Jumps on Improved ETF Inflows';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'The Bitcoin ETFs were a success, as shown by the increased fund inflows. As a result, spot Bitcoin prices have also taken a bullish tone and have recently crossed the $56K threshold.',
      'Bitcoin, the largest cryptocurrency in terms of market cap, gained 10% during the day and touched the $56259 level. In the last two years, a level like this has never been seen.',
    ],
    expect: [p('$56K', 56000), p('$56259', 56259)],
  },
  {
    url,
    lang: 'en',
    tags: ['anaphora', 'change', 'format'],
    title,
    blocks: [
      'If we measure the current levels of BTC from its all-time high, the coin is only $14K away, which means the bulls are finally back in the game. Now, the real question is whether the $14K will be covered shortly or not!',
      "Following BTC's lead, Ethereum (ETH) also touched $3217 with a +3.6% increase.",
    ],
    expect: [o('$14K', 14000), o('$14K', 14000), o('$3217', 3217)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'As per the report, around $598 million in weekly inflows were seen in various Bitcoin ETFs.',
      "The biggest gainer was BlackRock's BTC ETF, which attracted around $543 million in funds, while the Grayscale ETF saw significant outflows.",
      'Another news item that boosted BTC was the MicroStrategy announcement that it had invested $155 million into the token.',
    ],
    expect: [o('$598 million', 598e6), o('$543 million', 543e6), o('$155 million', 155e6)],
  },
];
