// Miner Weekly newsletter on hashcost vs hashprice. No per-coin cost figure is given in prose; "$14k" in the
// deck and "drops below $14,000" are Bitcoin price thresholds (p), the rest are $/PH/s and $/kWh (o).
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.minerweekly.com/p/miner-weekly-who-re-mining-at-a-loss-1450543',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: "Miner Weekly: Who're mining at a loss?",
    blocks: [
      "Miner Weekly: Who're mining at a loss?",
      'A $14k BTC price will bring more pain to bitcoin miners',
      "Bitcoin's price is down again – thanks to benevolent billionaires who go by their initials. With the bitcoin network's hashrate hitting 270 EH/s, the hashprice has plunged to $60 per PH/s.",
      "As the table shows, mining models older than the S17 Pro generation run at negative gross profit at an energy rate of $0.07 per kWh, since their daily Hashcosts are above bitcoin's current hashprice of $60 per PH/s.",
      "If bitcoin's hashrate holds at 270 EH/s, models like the S19 Pro stop being profitable at an energy rate of $0.07 per kWh once the bitcoin price drops below $14,000. That could trigger a notable decline in network hashrate.",
      'From an operator’s perspective, some public mining companies could be hashing at close to zero – if not negative – gross margins as bitcoin trades around their respective break-even levels.',
    ],
    expect: [
      p('$14k', 14000),
      o('$60', 60),
      o('$0.07', 0.07),
      o('$60', 60),
      o('$0.07', 0.07),
      p('$14,000', 14000),
    ],
  },
];
