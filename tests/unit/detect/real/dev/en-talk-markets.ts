import { o, type RealCase } from '../labels';

// A markets forum thread where a bot summarises a Bitcoin-mining deep dive: only hard negatives near the word
// Bitcoin (power price per kWh, daily revenue total, ASIC prices per TH including a "$4-5/TH" range).
const url = 'https://talk.markets/t/on-235-zoomed-in-on-bitcoin-mining/2449';
const title = 'ON–235: Zoomed-in on Bitcoin Mining 🔬';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'cost'],
    title,
    blocks: [
      '@Sakura please summarize this article, thanks uwu.',
      {
        heading: 'Key Points',
        text: 'Bitcoin’s hashrate is down 4% from its all-time high, squeezing mining margins',
      },
      {
        heading: 'Key Points',
        text: 'Miner revenue per megawatt is at its lowest since FTX’s collapse, barely ahead of the cost of power at $0.04/kWh',
      },
      {
        heading: 'Key Points',
        text: 'Aging ASICs have lost 80-90% of their peak prices, and even the newest models struggle to turn a profit at industrial power rates',
      },
    ],
    expect: [o('$0.04', 0.04)],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'cost'],
    title,
    blocks: [
      {
        heading: 'In-depth Summary',
        text: 'The article opens with the health of the Bitcoin network: hashrate is 4% below its all-time high even though mining revenue is still high at $34 million daily. Adjusted for power use, though, revenue per megawatt is at its lowest since FTX’s collapse, barely ahead of the cost of power at $0.04/kWh.',
      },
      {
        heading: 'In-depth Summary',
        text: 'It then turns to ASIC economics. The 2021 bull run brought a wave of “retail” miners, with secondary-market ASIC prices as high as $100/TH. Those premiums have since collapsed by 80%, and most “vanilla” S19s now trade in the $4-5/TH range.',
      },
    ],
    expect: [o('$34 million', 34e6), o('$0.04', 0.04), o('$100', 100), o('$4', 4), o('5', 5)],
  },
];
