import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://opposition24.com/bitcoin-vom-hartzer-kryptomillionaer/374866',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin: Vom Hartzer zum Kryptomillionär?',
    blocks: [
      'Die Kryptowelle rollt. Das Ende ist zwar vorbestimmt, der Scheitelpunkt aber noch lange nicht erreicht. Manche sehen den Bitcoin bei 40 – 50.000 US-Dollar, andere Experten noch höher.',
    ],
    expect: [p('40', 40000), p('50.000 US-Dollar', 50000)],
  },
];
