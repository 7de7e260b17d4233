import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thecryptonewshub.com/cathie-wood-doubles-down-bitcoin-rockets-to-1-5-million-in-arks-future-vision/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Cathie Wood Doubles Down: Bitcoin Rockets to $1.5 Million in ARK’s Future Vision',
    blocks: [
      'Cathie Wood, ARK Invest’s ever-bullish CEO, is not shy about bold calls. In a new report, ARK sketches a future in which Bitcoin reaches $1.5 million by 2030, roughly 30 times its current price.',
      'Whether ARK’s $1.5 million prediction comes true remains to be seen.',
    ],
    expect: [p('$1.5 million', 1.5e6), p('$1.5 million', 1.5e6)],
  },
];
