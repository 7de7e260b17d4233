import { o, type RealCase } from '../labels';

// Hobby miner's blog doing the electricity sum step by step (altcoin rig): chained dollar figures, a bare ".10/kw".
export const cases: RealCase[] = [
  {
    url: 'https://cryptovoid.net/much-cost-mine',
    lang: 'en',
    tags: ['forum', 'format', 'cost'],
    blocks: [
      'Where I live, power costs .10/kw. Which isn’t bad. Better than some areas, worse than others.',
      'In my case the rig pulls only 533 watts (could be better, not bad for 2 very old cards).',
      '1.2792(Kilowatt used per hour) x $0.10(Cost of 1 kilowatt in my area) = $0.13(Cost of running the rig for one hour)',
      '$0.13(Cost of running the rig for one hour) x 24(Full day cost) = $3.12',
      '$3.12(Full day cost) x 30(One month) = $93.60',
      'Yikes, it costs me $93.60 a month, to mine.',
    ],
    expect: [
      o('$0.10', 0.1),
      o('$0.13', 0.13),
      o('$0.13', 0.13),
      o('$3.12', 3.12),
      o('$3.12', 3.12),
      o('$93.60', 93.6),
      o('$93.60', 93.6),
    ],
  },
];
