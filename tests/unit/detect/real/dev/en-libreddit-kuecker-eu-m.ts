import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://libreddit.kuecker.eu/r/Bitcoin/comments/1chqbz9/understanding_the_real_cost_of_mining_one_bitcoin/',
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    title: 'Understanding the Real Cost of Mining One Bitcoin : r/Bitcoin',
    blocks: [
      'Understanding the Real Cost of Mining One Bitcoin',
      'Hi all! I’ve been digging into mining economics and tried to check the big institutions’ estimates of what one Bitcoin costs to mine today. My number comes out high (~ $100k) and I’m not sure where I went wrong.',
      'Electricity Cost: $0.05 per kWh, a rough average for industrial rates in several countries.',
      'Daily Electricity Cost: from the energy use above and the power price, that is roughly $43.4 million per day.',
      'Cost per Bitcoin: divide the daily electricity bill by the bitcoins mined and you get about $96,460 per Bitcoin.',
    ],
    expect: [
      c('$100k', 100000),
      o('$0.05 per kWh', 0.05),
      o('$43.4 million per day', 43.4e6),
      c('$96,460', 96460),
    ],
  },
];
