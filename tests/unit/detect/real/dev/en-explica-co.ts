import { c, p, type RealCase } from '../labels';

// A translated Spanish crypto-news piece on cheap mining countries: Arcane's energy cost per bitcoin and
// the spot price, both written "USD 880" with the code in front.
const url = 'https://explica.co/these-are-the-best-countries-to-mine-bitcoin';
const title = 'These are the best countries to mine bitcoin';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'The country that offers the cheapest electricity in the world, because it is subsidized by the government, is Kuwait, in the Middle East. Arcane Research estimates that, for every bitcoin issued, it generates an energy cost of USD 880. According to data from Cambridge Bitcoin, this place represents 0.13% of the global hash rate.',
    ],
    expect: [c('USD 880', 880)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Right now, a bitcoin can be sold for USD 62,117, as can be verified in the CryptoNews calculator. Arcane Research argues that although the cost of energy is higher elsewhere than in Kuwait, the difference is minimal.',
    ],
    expect: [p('USD 62,117', 62117)],
  },
];
