import { o, type RealCase } from '../labels';

// Crypto blog relaying F2Pool shutdown-price data: the only amount is the per-kWh electricity rate the
// calculation assumes, a hard negative next to talk of the cost to mine one Bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://statcoin.org/?p=3639',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'Bitcoin miners face a hard choice: F2Pool data reported by BlockBeats on February 27 shows that popular machines such as the Antminer S19, Whatsminer M33S+ and Whatsminer M30S+ have reached their shutdown price, based on the current mining difficulty and an electricity cost of $0.06 per kilowatt-hour.',
      'At the shutdown price, the electricity used to mine one Bitcoin costs as much as the Bitcoin is worth, so miners run at breakeven or at a loss.',
    ],
    expect: [o('$0.06', 0.06)],
  },
];
