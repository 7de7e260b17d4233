import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pakgazette.com/?p=160733',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin falls to one-month low as gold rally reverses',
    blocks: [
      'bitcoin Gold sank on Thursday to its weakest since mid-December, shedding nearly $3,000 within hours as the metal’s huge rally suddenly reversed.',
      'After rising above $5,600 per ounce at one point on Thursday (gold had never been above $5,000 before Sunday night), it dropped almost 10% in a few minutes of US morning trade to fall back below $5,200.',
      'Silver moved the same way, sliding from $121 per ounce to $108.',
      'Crypto markets followed. Trading above $88,000 early in the session, bitcoin fell sharply to $85,200, its lowest in more than a month. The largest cryptocurrency is down 4.5% in the last 24 hours.',
    ],
    expect: [
      o('$3,000', 3000),
      o('$5,600', 5600),
      o('$5,000', 5000),
      o('$5,200', 5200),
      o('$121', 121),
      o('$108', 108),
      p('$88,000', 88000),
      p('$85,200', 85200),
    ],
  },
];
