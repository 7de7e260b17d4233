import { o, p, type RealCase } from '../labels';

// Weekly fund-flow bullets: every amount is a flow (one of them "$100,000", into Cardano), and only the last
// line gives a price of the coin.
export const cases: RealCase[] = [
  {
    url: 'https://coinbry.com/weekly-cryptocurrency-outflows-reach-55m-due-to-decreasing-hope-for-bitcoin-etf-approval/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Weekly cryptocurrency outflows reach $55M due to decreasing hope for Bitcoin ETF approval',
    blocks: [
      'Despite a general slump in altcoins, Ripple’s XRP and Cardano saw inflows into digital asset investment products.',
      'Outflows of $55 million were recorded for digital asset investment products for the week of Sept. 13.',
      'BTC alone accounted for $42 million of the outflows, dampening optimism about the approval of a spot-based Bitcoin ETF.',
      'Ether funds saw $9 million in outflows, while Polygon, Litecoin, and Polkadot also had outflows totaling $2 million.',
      'Ripple’s XRP saw $1.2 million in inflows, while Cardano received $100,000.',
      'Canada reported the highest outflows at $35.9 million, followed by Germany and the U.S.',
      'Research suggests that if spot-based Bitcoin ETFs are approved, the value of Bitcoin could surge past $150,000 by the end of 2024.',
    ],
    expect: [
      o('$55 million', 55e6),
      o('$42 million', 42e6),
      o('$9 million', 9e6),
      o('$2 million', 2e6),
      o('$1.2 million', 1.2e6),
      o('$100,000', 100000),
      o('$35.9 million', 35.9e6),
      p('$150,000', 150000),
    ],
  },
];
