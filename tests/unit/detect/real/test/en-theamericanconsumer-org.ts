import { p, type RealCase } from '../labels';

// Consumer-advocacy blog tag page teaser (2013): the exchange rate given as "over $1200" in a parenthesis with a
// date, mid-sentence, far from the word Bitcoin at the start; the teaser breaks off mid-quote.
export const cases: RealCase[] = [
  {
    url: 'https://www.theamericanconsumer.org/tag/currency/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    blocks: [
      'The Bitcoin Curiosity',
      'Since 2008 the cyber-currency called Bitcoin has fascinated cryptographers and Internet traders. It won undeserved notoriety when the FBI shut down the illicit trading on Silk Road. Since then the Fed chairman’s positive remarks have lent it legitimacy, and its exchange rate (over $1200 on 11/29/2013) earned it “above the […]',
    ],
    expect: [p('$1200', 1200)],
  },
];
