import { c, o, p, type RealCase } from '../labels';

const url = 'https://brainstation.io/magazine/hut-8-has-mined-8-million-of-bitcoin-in-canada-this-year';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Hut 8 Has Mined $8 Million of Bitcoin in Canada This Year',
    blocks: [
      'Hut 8 Has Mined $8 Million of Bitcoin in Canada This Year',
      'Hut 8 has reported that they mined 828 bitcoins in Q1 of 2018, which comes out to just over $7.75 million at the time of publishing. They also reported a total revenue of just under $11 million and a gross profit margin of 80 per cent, or $8.8 million—excluding depreciation.',
      'The idea of depreciation in the cryptocurrency mining world is particularly interesting as it paints a picture of how mining can be wildly lucrative and a real risk at the same time. Looking at exactly how profitable a mining operation can be is difficult as it comes down to a few different factors. Hut 8’s mining cost per bitcoin was $2,615 over Q1 while the current cost of a bitcoin is $9,381 at time of publishing. Remember that bitcoin can fluctuate wildly—at this point last year, one bitcoin was valued at $2,800, while at its peak in mid-December a single bitcoin cost over $25,000.',
    ],
    expect: [
      o('$8 Million', 8000000),
      o('$7.75 million', 7750000),
      o('$11 million', 11000000),
      o('$8.8 million', 8800000),
      c('$2,615', 2615),
      p('$9,381', 9381),
      p('$2,800', 2800),
      p('$25,000', 25000),
    ],
  },
];
