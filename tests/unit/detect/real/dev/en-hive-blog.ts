import { o, p, type RealCase } from '../labels';

const url =
  'https://hive.blog/summary/@unbiasedwriter/bitcoin-slides-below-dollar121k-as-metals-take-a-breather';
const title = 'Bitcoin Slides Below $121K as Metals Take a Breather';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'After a strong run toward new highs, Bitcoin dropped back under $121,000 on Thursday following a brief push toward $124,000, mirroring pullbacks in gold and silver.',
      'Silver touched $50 per ounce for the first time ever before profit-taking knocked it more than 4% lower within minutes, to around $48.5. Gold cooled too, easing from its $4,100 peak to about $4,035.',
      'Altcoins fell harder than Bitcoin. Ether lost 3.5% to $4,300, and more than $600 million of leveraged positions were liquidated in 24 hours, CoinGlass data show.',
    ],
    expect: [
      p('$121,000', 121000),
      p('$124,000', 124000),
      o('$50', 50),
      o('$48.5', 48.5),
      o('$4,100', 4100),
      o('$4,035', 4035),
      o('$4,300', 4300),
      o('$600 million', 600e6),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['label-value', 'format'],
    title,
    blocks: [
      'In summary:',
      '- Bitcoin: From $124K → $121K in 90 minutes',
      '- Gold: From $4,100 → $4,035',
      '- Silver: Hit $50, then dropped to $48.5',
      '- Altcoins: Down 3–4% across the board',
      '- $600M liquidated in leveraged positions',
    ],
    expect: [
      p('$124K', 124000),
      p('$121K', 121000),
      o('$4,100', 4100),
      o('$4,035', 4035),
      o('$50', 50),
      o('$48.5', 48.5),
      o('$600M', 600e6),
    ],
  },
];
