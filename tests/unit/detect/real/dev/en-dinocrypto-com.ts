import { c, o, type RealCase } from '../labels';

// A bulleted news brief: two per-kWh power prices, then the miner's break-even cost per coin before and after.
export const cases: RealCase[] = [
  {
    url: 'https://dinocrypto.com/news/bitcoin-miner-marathon-profitability-joint-venture-us-power-provider',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Miner Marathon Eyes Profitability Boost Through Joint Venture with US Power Provider',
    blocks: [
      'Bitcoin Miner Marathon Eyes Profitability Boost Through Joint Venture with US Power Provider',
      'Nasdaq-listed Marathon Patent Group is forming a joint venture with a U.S. power provider that will bring a supply of cheap energy to its bitcoin mining operations.',
      'Beowulf will supply electricity to the mining farm at a production cost of $0.028 per kWh, according to the announcement.',
      'That is 38% below Marathon’s current aggregate power cost for mining and facility operations, $0.034 per kWh.',
      'The company says this, in turn, will cut its breakeven cost to mine one bitcoin from approximately $7,500 currently to $4,600.',
      'Marathon plans to install 11,500 S19 Pro Antminers it bought earlier from manufacturer Bitmain; 500 of the devices are already in place.',
    ],
    expect: [o('$0.028', 0.028), o('$0.034', 0.034), c('$7,500', 7500), c('$4,600', 4600)],
  },
];
