import { c, o, type RealCase } from '../labels';

const url =
  'https://www.balkanbusinessnews.com/aprils-bitcoin-halving-leads-to-increased-q2-losses-for-riot-platforms/';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    blocks: [
      '“`html\nRiot Platforms Reports Significant Losses in Q2',
      'In the second quarter of this year, Riot Platforms faced a considerable net loss of $84.4 million, marking a stark increase from the $27.4 million loss recorded in the same quarter of the previous year. This escalation in losses is largely attributed to the ongoing effects of April’s Bitcoin halving event.',
      {
        heading: 'Financial Overview for Q2',
        text: 'The quarterly financial report revealed that Riot generated a total revenue of $70 million during the second quarter of 2024, down from $76.7 million in Q2 of 2023. This decline was primarily due to a $9.7 million decrease in Engineering revenue, which was somewhat counterbalanced by a $6 million increase in Bitcoin mining revenue.',
      },
    ],
    expect: [
      o('$84.4 million', 84400000),
      o('$27.4 million', 27400000),
      o('$70 million', 70000000),
      o('$76.7 million', 76700000),
      o('$9.7 million', 9700000),
      o('$6 million', 6000000),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      {
        heading: 'Rising Costs and Revenue Growth',
        text: 'The average direct cost associated with mining a single Bitcoin surged to $25,327, a substantial increase from $5,734 in Q2 of 2023. This rise in costs was influenced by the halving event and a 68% increase in the global network hash rate. Nonetheless, Riot reported an increase in mining revenue, which reached $55.8 million, compared to $49.7 million in the previous year.',
      },
      {
        heading: 'Financial Stability',
        text: 'Riot asserted its robust financial standing, boasting $646.5 million in working capital, which includes $481.2 million in cash reserves. The company also holds 9,334 unencumbered Bitcoins, valued at approximately $585 million, all of which were mined through its own operations.',
      },
    ],
    expect: [
      c('$25,327', 25327),
      c('$5,734', 5734),
      o('$55.8 million', 55800000),
      o('$49.7 million', 49700000),
      o('$646.5 million', 646500000),
      o('$481.2 million', 481200000),
      o('$585 million', 585000000),
    ],
  },
];
