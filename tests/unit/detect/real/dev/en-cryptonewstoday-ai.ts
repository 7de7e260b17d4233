// Aggregator repost of a CryptoSlate piece on miners under water: spot price and the network's all-in cost per
// coin in one sentence, then hashprice in $ per PH/day (other), including the loose "the high $20s".
import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonewstoday.ai/bitcoin-is-trading-just-above-60000-right-now-an',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin’s broken production cost floor is splitting miners into survivors and sellers',
    blocks: [
      'Bitcoin’s broken production cost floor is splitting miners into survivors and sellers',
      '27-Jun-2026 CryptoSlate',
      "Bitcoin is changing hands just above $60,000 right now, while the network's estimated all-in cost to produce a single coin sits near $84,300, so the gap between the two is about a quarter, which leaves mining underwater on a full-cost basis across much of the network.",
      'For years the assumption was that this could not happen: production cost was supposed to set a hard floor under the price, because miners would switch off long before Bitcoin price fell that far below what it costs to make a coin. Yet the price has now spent weeks under that line, and the network keeps running.',
      'It was never a floor',
      'To put that in context, hashprice peaked near $63 per petahash per day back in July 2025, then slid into the high $20s by early June, a level Hashrate Index and most operators regard as gross breakeven before anything else is paid.',
    ],
    expect: [p('$60,000', 60000), c('$84,300', 84300), o('$63', 63), o('$20s', 20)],
  },
];
