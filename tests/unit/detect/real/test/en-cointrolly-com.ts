import { o, p, type RealCase } from '../labels';

// Spun copy of a CNBC piece on Germany's bitcoin sales: dollar values of coin batches (totals, so
// negatives), one BTC level, and a market-cap loss.
export const cases: RealCase[] = [
  {
    url: 'https://www.cointrolly.com/the-german-authorities-owns-round-2-billion-in-bitcoin-and-it-is-freaking-out-crypto-traders',
    lang: 'en',
    tags: ['prose'],
    title: 'The German authorities owns round $2 billion in bitcoin and it is freaking out crypto traders',
    blocks: [
      'The BKA sold 900 bitcoins in June — worth roughly $52 million as of Monday — from a haul seized from a defunct movie piracy site, according to Arkham Intelligence.',
      'Last week the government sold another 3,000 bitcoins worth roughly $172 million, and on Monday German police sold a further 2,739 bitcoins, or $155 million of the cryptocurrency.',
      {
        text: 'Alongside these sales, bitcoin sank under $55,000 on Friday, its lowest level since February 2024, according to CoinGecko. At one point the whole crypto market had shed more than $170 billion in combined market capitalization within 24 hours.',
        heading: 'Bitcoin price response',
      },
    ],
    expect: [
      o('$52 million', 52e6),
      o('$172 million', 172e6),
      o('$155 million', 155e6),
      p('$55,000', 55000),
      o('$170 billion', 170e9),
    ],
  },
];
