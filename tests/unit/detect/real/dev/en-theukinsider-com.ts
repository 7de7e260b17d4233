import { o, p, type RealCase } from '../labels';

// A news story mixing the coin's levels, a market-wide loss, a treasury company's threshold price and
// the hashprice per terahash.
export const cases: RealCase[] = [
  {
    url: 'https://theukinsider.com/business/bitcoin-prices-plummet-miners-shut-down-amid-market-turmoil',
    lang: 'en',
    tags: ['prose', 'change', 'cost'],
    title: 'Bitcoin Prices Plummet; Miners Shut Down Amid Market Turmoil',
    blocks: [
      'Bitcoin Prices Plummet; Miners Shut Down Amid Market Turmoil',
      'Bitcoin (BTC) prices have fallen sharply, dropping more than 50% from their peak of $124,000 in October 2025 to test the $60,000 level on Thursday. The slide wiped about $2 trillion from cryptocurrency markets and set off panic-selling among investors.',
      'Phong Le, CEO of Strategy, told an investor conference that Bitcoin would need to fall to $8,000 and stay there for five to six years to threaten the company’s ability to service its convertible debt. “In the extreme downside, if we were to have a 90% decline in bitcoin price, and the price was $8,000, that is the point at which our bitcoin reserve equals our net debt,” he said.',
      'The fallout is plain in mining, where many operators are switching off rigs as profitability shrinks and energy costs rise. A key gauge of mining revenue, the hash price index, has sunk to a record low of $0.03 per terahash, according to Luxor Technology, a far cry from the $3.50 recorded in 2017.',
    ],
    expect: [
      p('$124,000', 124000),
      p('$60,000', 60000),
      o('$2 trillion', 2e12),
      p('$8,000', 8000),
      p('$8,000', 8000),
      o('$0.03', 0.03),
      o('$3.50', 3.5),
    ],
  },
];
