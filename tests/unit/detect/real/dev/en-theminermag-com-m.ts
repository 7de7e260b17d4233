import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://theminermag.com/news/2024-10-05/bitcoin-cleanspark-coinmint-host',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'CleanSpark Ends Coinmint Colocation to Cut Bitcoin Mining Costs',
    blocks: [
      'CleanSpark Ends Coinmint Colocation to Cut Bitcoin Mining Costs',
      'CleanSpark will end its bitcoin mining colocation deal with New York-based Coinmint, which has been billing a hosting fee of about $0.065/kWh.',
      'Its Q2 earnings show an energy cost of $0.048/kWh at owned sites versus $0.063/kWh for the miners hosted at Coinmint, giving a weighted average of $0.0494 per kWh.',
      'At a fleet efficiency of 30 J/TH, that works out to a daily hashcost of $46.8/PH/s at the $0.063/kWh hosting rate. With hashprice just under $45/PH/s, the hosted machines are at best breaking even.',
    ],
    expect: [
      o('$0.065/kWh', 0.065),
      o('$0.048/kWh', 0.048),
      o('$0.063/kWh', 0.063),
      o('$0.0494 per kWh', 0.0494),
      o('$46.8/PH/s', 46.8),
      o('$0.063/kWh', 0.063),
      o('$45/PH/s', 45),
    ],
  },
  {
    url: 'https://theminermag.com/news/2024-01-25/miner-weekly-bitcoin-miner-s19xp',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Miner Weekly: S19XPs May Not be Entirely Safe Post Halving',
    blocks: [
      'Miner Weekly: S19XPs May Not be Entirely Safe Post Halving',
      'The sell-the-news move has carried on this week. Bitcoin slipped below $40,000, a 20%+ pullback after briefly touching $49k on Jan 11 when a dozen spot bitcoin ETFs started trading.',
      'Hashprice offers little comfort either: it has fallen back below $80/PH/s after a few very lucrative days in December.',
      'Hashprice sits at $76/PH/s now, and unless it breaks out within 90 days it will likely fall to sub $40/PH/s right after April 22. Anyone running an S19XP at an average $0.075/kWh would then be in a tight spot.',
      'Without sub-20 J/TH machines or a sub-$55/mWh power rate, there may be little gross profit if hashprice really halves to sub-$40/PH/s.',
    ],
    expect: [
      p('$40,000', 40000),
      p('$49k', 49000),
      o('$80/PH/s', 80),
      o('$76/PH/s', 76),
      o('$40/PH/s', 40),
      o('$0.075/kWh', 0.075),
      o('$55/mWh', 55),
      o('$40/PH/s', 40),
    ],
  },
];
