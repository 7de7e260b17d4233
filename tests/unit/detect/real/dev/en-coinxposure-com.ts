import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinxposure.com/bitcoin-halving-to-launch-on-april-20-with.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin halving to launch on April 20',
    blocks: [
      {
        text: 'Bitcoin Halving Event Date History, Price',
        heading: 'Bitcoin Halving Event Date History, Price',
      },
      {
        text: 'On November 28, 2012, when the price of BTC was around $12, the first halving occurred; one year later, Bitcoin had grown to nearly $1,000.',
        heading: 'Bitcoin Halving Event Date History, Price',
      },
      {
        text: 'The 2016 halving event reduced incentives to 12.5 BTC for every block mined. The second halving occurred on July 9, 2016, and Bitcoin’s price fell to $670 before rising to $2,550 by July 2017. Bitcoin reached an all-time high of over $19,700 in December 2017.',
        heading: 'Bitcoin Halving Event Date History, Price',
      },
      {
        text: 'From May 11, 2020, each new block generated will produce only 6.25 BTC. Bitcoin’s price was $8,787 at the time of the most recent halving in May 2020, and it rose to an all-time high of nearly $69,000 by November 2021.',
        heading: 'Bitcoin Halving Event Date History, Price',
      },
    ],
    expect: [
      p('$12', 12),
      p('$1,000', 1000),
      p('$670', 670),
      p('$2,550', 2550),
      p('$19,700', 19700),
      p('$8,787', 8787),
      p('$69,000', 69000),
    ],
  },
];
