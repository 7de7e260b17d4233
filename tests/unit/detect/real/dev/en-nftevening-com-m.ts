import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nftevening.com/bitcoin-mining-cost/',
    lang: 'en',
    tags: ['cost', 'prose', 'label-value'],
    title: 'Bitcoin Mining Cost Around the World',
    blocks: [
      'Key Findings',
      '- Mining 1 Bitcoin in Ireland costs up to $321,112, while miners in Iran pay only $1,324 – more than 240 times less.',
      '- At today’s Bitcoin price of $57,909.16, U.S. miners lose around 50% per Bitcoin because of high energy costs.',
      {
        text: 'On household power rates, costs run from very profitable places like Iran, where mining 1 Bitcoin costs $1,324.17, to Ireland, where miners pay over $321,112.30 to produce a single one.',
        heading: 'How Much Does it Cost to Mine 1 Bitcoin Around the World? (Household Electricity Costs)',
      },
    ],
    expect: [
      c('$321,112', 321112),
      c('$1,324', 1324),
      p('$57,909.16', 57909.16),
      c('$1,324.17', 1324.17),
      c('$321,112.30', 321112.3),
    ],
  },
];
