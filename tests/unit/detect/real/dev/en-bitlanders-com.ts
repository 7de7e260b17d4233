import { o, type RealCase } from '../labels';

// A blog on a Bitcoin-paying site: only gold prices and a bet, nothing about the price of a bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://bitlanders.com/blogs/the-price-of-gold/197299',
    lang: 'en',
    tags: ['forum', 'prose'],
    title: 'The price of gold',
    blocks: [
      "Before I was into Bitcoin, I was a gold bug. Last weekend I was at a dinner party and talk turned to money. One guy kept predicting inflation while at the same time predicting that gold would go down to $900. I wish I had bet him $20 that the price of gold wouldn't go down to $900 by the end of the year.",
    ],
    expect: [o('$900', 900), o('$20', 20), o('$900', 900)],
  },
];
