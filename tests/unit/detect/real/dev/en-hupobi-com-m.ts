import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hupobi.com/show/15635.html',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'CryptoQuant CEO: Bitcoin mining costs to double after halving',
    blocks: [
      'CryptoQuant CEO Ki Young Ju says the current cost of mining with the Antminer S19 XP will climb from $40,000 to $80,000 after the Bitcoin halving in mid-April.',
      'After the May 2020 halving, the price miners needed to keep mining profitably rose above $30,000, but in the same cycle Bitcoin also hit a new all-time high of $69,000.',
      'On April 6 the average cost of mining a Bitcoin stood at $49,902, while the Bitcoin price was above $70,000 as of writing. After the April 20 halving, the average mining cost will exceed $80,000, and the price has to stay above that for miners to make money.',
      'History shows gains after halvings. Following the 2012 halving, the price rose about 9,000% to $1,162. After 2016 it climbed about 4,200% to $19,800, and after 2020 nearly 683% to $69,000.',
    ],
    expect: [
      c('$40,000', 40000),
      c('$80,000', 80000),
      c('$30,000', 30000),
      p('$69,000', 69000),
      c('$49,902', 49902),
      p('$70,000', 70000),
      c('$80,000', 80000),
      p('$1,162', 1162),
      p('$19,800', 19800),
      p('$69,000', 69000),
    ],
  },
];
