import { o, p, type RealCase } from '../labels';

// The page prints the amounts with the dollar sign stripped: levels a reader takes in dollars, and a
// dollar decline ("lost over 18,000").
export const cases: RealCase[] = [
  {
    url: 'https://www.theafrica.co.za/africanews/bitcoin-plummets-below-90000-459922457',
    lang: 'en',
    tags: ['anaphora', 'format', 'change'],
    title: 'Bitcoin plummets below 90000',
    blocks: [
      'Bitcoin fell below 90,000 on Monday, extending the losses from its steep November slide, the biggest monthly drop since the 2021 crypto crash.',
      "The cryptocurrency slid 5 to 86,627, nearing last month's eight-month low of 80,553, its largest one-day fall since early November.",
      'Bitcoin lost over 18,000 in November, its largest dollar decline since May 2021, when several cryptocurrencies collapsed.',
    ],
    expect: [p('90,000', 90000), p('86,627', 86627), p('80,553', 80553), o('18,000', 18000)],
  },
];
