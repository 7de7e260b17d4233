import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptointelligence.co.uk/global-disparities-in-bitcoin-mining-costs-highlighted-from-208560-in-italy-to-266-in-lebanon/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title:
      'Global Disparities in Bitcoin Mining Costs Highlighted: From $208,560 in Italy to $266 in Lebanon',
    blocks: [
      'Global Disparities in Bitcoin Mining Costs Highlighted: From $208,560 in Italy to $266 in Lebanon',
      'The report highlighted a remarkable contrast between Italy and Lebanon, where the cost of producing a single Bitcoin differs significantly.',
      'According to the findings, mining one Bitcoin in Italy comes at a staggering cost of $208,560.',
      'This is in stark contrast to Lebanon, where the expense is approximately 783 times lower, allowing miners there to generate a Bitcoin for just $266.',
      'However, miners operating solo face a challenge as the global average for household electricity costs sits at $46,291.24 for mining one Bitcoin.',
      'This figure is notably 35% higher than the average daily price of one Bitcoin in July 2023, which was $30,090.08.',
      'The report identified Italy as the most expensive country for household Bitcoin mining, with a cost per Bitcoin of $208,560.',
      'Austria followed at $184,352, and Belgium at $172,382.',
      'Conversely, Lebanon’s household electricity rates allow for a strikingly low cost of $266 to mine one Bitcoin.',
      'Iran comes next on the list, with a production cost of $532 per Bitcoin.',
    ],
    expect: [
      c('$208,560', 208560),
      c('$266', 266),
      c('$208,560', 208560),
      c('$266', 266),
      c('$46,291.24', 46291.24),
      p('$30,090.08', 30090.08),
      c('$208,560', 208560),
      c('$184,352', 184352),
      c('$172,382', 172382),
      c('$266', 266),
      c('$532', 532),
    ],
  },
];
