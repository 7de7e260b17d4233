import { p, type RealCase } from '../labels';

// "US$64,0000" is the page's own typo for 64,000.
export const cases: RealCase[] = [
  {
    url: 'https://toronto.citynews.ca/2024/03/05/bitcoin-briefly-touches-all-time-high-before-retreat/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin briefly touches all-time high before retreat',
    blocks: [
      'TORONTO — Bitcoin briefly hit a record of more than US$69,000 on Tuesday before shedding thousands of dollars of value within hours.',
      'The high beat the level bitcoin reached in November 2021, before it fell below US$17,000 at the start of last year amid rising rates and the collapse of FTX.',
      'By midday Tuesday the cryptocurrency was trading a little over US$64,0000, according to Coindesk.',
    ],
    expect: [p('US$69,000', 69000), p('US$17,000', 17000), p('US$64,0000', 64000)],
  },
];
