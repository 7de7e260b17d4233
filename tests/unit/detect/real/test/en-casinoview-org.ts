import { p, type RealCase } from '../labels';

// Casino-review site's crypto news page (2023): a "bull market support level", a psychological
// level, a press-time quote and an analyst's year-end figure.
export const cases: RealCase[] = [
  {
    url: 'https://casinoview.org/?p=5701',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin bulls and bears battle over a key price level',
    blocks: [
      'Bitcoin needs to preserve its bull market support level at $24,900. If it holds, its next move could take it towards and beyond the psychologically significant $30,000 level.',
      {
        text: 'At press time Bitcoin was changing hands at $27,593, down 2.7% in the last 24 hours.',
        heading: 'Bitcoin price analysis',
      },
      'Michaël van de Poppe expects enthusiasm to return in the fourth quarter, looking at a possible $40,000.',
    ],
    expect: [p('$24,900', 24900), p('$30,000', 30000), p('$27,593', 27593), p('$40,000', 40000)],
  },
];
