import { p, type RealCase } from '../labels';

// Sloppy news copy: "$7000 slab", a bare low with no currency, a typo "&600" for a move (no currency sign: unlabelled).
export const cases: RealCase[] = [
  {
    url: 'https://tubelight.pk/bitcoin-balloon-about-to-blow-or-just-a-correction/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin: Balloon About to Blow or Just a Correction',
    blocks: [
      'Bitcoin: Balloon About to Blow or Just a Correction',
      'The price of Bitcoin is in the falling zone, down by more than 8 percent in a day, continuing losses that began after the cryptocurrency slipped below the $7000 slab. Its price has fallen to as low as 6476, according to the Bitcoin Price Index (BPI), the lowest price this month.',
      'This is a reversal from $7900 (approx). Earlier in the day’s trading, the price had climbed as high as $7329, with today’s low marking a decline of more than &600 since that level.',
      'Current price (at time of press) = $6489.55',
    ],
    expect: [p('$7000', 7000), p('$7900', 7900), p('$7329', 7329), p('$6489.55', 6489.55)],
  },
];
