import { p, type RealCase } from '../labels';

// Short blog post quoting what would-be buyers say on forums: "$50k", "buy at 35k", "goes up to 60k".
// Most quotes never name Bitcoin; the bare "k" levels are Bitcoin prices in dollars.
export const cases: RealCase[] = [
  {
    url: 'https://work4btc.com/the-low-price-paradox/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'The Low Price Paradox',
    blocks: [
      'For months, people have been waiting for this moment.',
      '"Oh, what I would do if I could only buy a single Bitcoin", they said.',
      '"We\'ll never see it under $50k. If it were lower, I\'d buy more Bitcoin", they said.',
      'The stars have aligned and Bitcoin is in the mid to low 30s. So did they buy? Of course not. Now it is:',
      '"Oh, I wish I had more money to buy the dip",',
      '"If it hits $20k, I\'ll buy for sure. I just don\'t want to catch a falling knife!"',
      'This is the paradox of low prices. It was good to buy at 50k, but it is questionable to buy at 35k. Sounds reasonable.',
      'And when this thing goes up to 60k again, we will hear, "Dammit, I should have bought at 35k."',
    ],
    expect: [
      p('$50k', 50000),
      p('$20k', 20000),
      p('50k', 50000),
      p('35k', 35000),
      p('60k', 60000),
      p('35k', 35000),
    ],
  },
];
