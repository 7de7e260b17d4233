import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bbx.com/ja/news-detail/2655303',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    title:
      'JPMorgan: High-Cost Miners Forced to Sell Due to Rising Electricity Prices and Declining Bitcoin Prices',
    blocks: [
      '[JPMorgan: High-Cost Miners Forced to Sell Due to Rising Electricity Prices and Declining Bitcoin Prices] JPMorgan analysts said recent pressure on Bitcoin comes mainly from falling hash rate and difficulty, and from dynamics around Strategy (MSTR). Although a lower hash rate usually lifts miner revenue, Bitcoin still trades below production cost, adding to selling. JPMorgan has cut its estimated Bitcoin production cost to $90,000, from $94,000 a month earlier, and noted that every $0.01/kWh rise in electricity prices lifts high-cost producers’ production cost by $18,000.',
    ],
    expect: [c('$90,000', 90000), c('$94,000', 94000), o('$0.01', 0.01), o('$18,000', 18000)],
  },
];
