import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://citizenwatchreport.com/?p=111442',
    lang: 'en',
    tags: ['cost', 'forum', 'format', 'prose'],
    title: 'Riot Platforms’ sleight of hand: Bitcoin mining costs $70K per coin',
    blocks: [
      'Riot Platforms’ sleight of hand: Bitcoin mining costs $70K per coin',
      'Riot Platforms’ $84M quarterly loss was posted here yesterday, but one line in that article stood out to me.',
      '“The average direct cost to mine Bitcoin, inclusive of power credits, was $25,327 in the quarter, as compared to $5,734 per Bitcoin for the same three-month period in 2023,” Riot said.',
      'Riot says it mined 844 bitcoins last quarter and booked $35,275,000 as “cost of mining”, mostly electricity. That gives $41,795 per BTC.',
      'The gap is about $13,9M, which lines up with the power curtailment credits they got.',
      'Depreciation and amortization came to $37,326,000 last quarter. Put it all together and mining costs $69,551 per BTC, or $86,020 once the curtailment credits are removed too.',
    ],
    expect: [
      c('$70K', 70000),
      o('$84M', 84e6),
      c('$25,327', 25327),
      c('$5,734', 5734),
      o('$35,275,000', 35275000),
      c('$41,795', 41795),
      o('$13,9M', 13.9e6),
      o('$37,326,000', 37326000),
      c('$69,551', 69551),
      c('$86,020', 86020),
    ],
  },
];
