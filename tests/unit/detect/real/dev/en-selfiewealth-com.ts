import { o, type RealCase } from '../labels';

// An Italian-English piece on Bitcoin's bubble comparing it with Amazon's dot-com history: every amount
// is an Amazon share price or a sum invested, spaced "$ 1,498" as on the page.
const url = 'http://www.selfiewealth.com/en/amazon-and-bitcoin-have-a-similar-destiny/';
const title = 'Amazon and Bitcoin have a similar destiny?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Amazon and Bitcoin have a similar destiny?',
      'Seattle’s company has gained 272 times its 2001 price',
      'Too bad that today the surviving champions of that technological season score one record after another and are among the most valuable companies on world stock exchanges. Like Amazon, for example, that last week scored its record price at $ 1,498 per share.',
    ],
    expect: [o('$ 1,498', 1498)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'At its debut in June 1997, an Amazon share was worth $ 1.40, going up to the historical maximum before the so-called Internet bubble burst, of $ 113 in December 1999. From this price the retracement was violent: $ 5.51 the minimum marked by the stock in October 2001, a loss of 95.13% from the highs.',
    ],
    expect: [o('$ 1.40', 1.4), o('$ 113', 113), o('$ 5.51', 5.51)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Since then the Amazon run has known no more pauses and the price has grown by about 272 times to reach over $ 1400 today. Ten thousand dollars, invested at Amazon’s minimum price, today would be worth almost 2,722,323 dollars.',
      'This explains why it is very difficult to pronounce on the future of the blockchain at the base of Bitcoin and the many crypto currencies.',
    ],
    expect: [o('$ 1400', 1400), o('Ten thousand dollars', 10000), o('2,722,323 dollars', 2722323)],
  },
];
