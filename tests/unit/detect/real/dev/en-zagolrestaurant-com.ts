import { o, p, type RealCase } from '../labels';

// A scraped Reuters-style summary on a restaurant blog: a record level, a retrace "last trading at",
// and weekly ETF net flows.
const url =
  'https://zagolrestaurant.com/bitcoin-experienced-a-brief-surge-to-a-new-record-high-surpassing-70000/';
const title = 'Bitcoin experienced a brief surge to a new record high, surpassing $70,000';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Bitcoin experienced a brief surge to a new record high, surpassing $70,000 in volatile trading. The ongoing crypto mania and investor demand for new U.S. spot exchange-traded crypto products contributed to this milestone. However, the price quickly retraced and was last trading at $68,317.72.',
    ],
    expect: [p('$70,000', 70000), p('$68,317.72', 68317.72)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'The approval of 11 spot bitcoin ETFs by the U.S. Securities and Exchange Commission has marked a turning point for the industry. In the week ending March 1, net flows into the top ten U.S. spot bitcoin funds reached $2.2 billion, with a large portion going into BlackRock’s iShares Bitcoin Trust.',
    ],
    expect: [o('$2.2 billion', 2.2e9)],
  },
];
