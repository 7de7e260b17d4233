import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://en.bitcoinhaber.net/bitcoin-halving-approaches-mining-costs-soar-and-profitability-concerns-rise',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'As the anticipated Bitcoin halving event in April nears, a report by CoinShares raises concerns about the potential impact on mining costs. The report predicts that the average cost to mine a single Bitcoin could astonishingly rise to $37,856, posing a serious challenge to miners if Bitcoin’s price falls below the $40,000 threshold.',
      'Despite a significant 104% increase in hash power in 2023, the Bitcoin mining network is facing an imminent profitability crisis. CoinShares’ analysis estimates that post-halving, the cost to produce one Bitcoin will rise to $37,856, highlighting the increased financial pressure on miners, especially those with high operating expenses.',
      'James Butterfill of CoinShares projects that by the third quarter of 2023, the production cost per Bitcoin could be approximately $16,800 to $25,000, with a weighted average cash cost of $27,900 to $37,800. These costs are expected to rise to $27,900 and $37,800 respectively after the halving in April 2024.',
      'While acknowledging upcoming challenges, the report also points to ongoing efficiency improvements within the mining network. Despite the challenges, historical trends suggest that Bitcoin’s halving is typically seen as a bullish signal, with analysts predicting a potential rise to $55,000 and an all-time high post-halving.',
    ],
    expect: [
      c('$37,856', 37856),
      p('$40,000', 40000),
      c('$37,856', 37856),
      c('$16,800', 16800),
      c('$25,000', 25000),
      c('$27,900', 27900),
      c('$37,800', 37800),
      c('$27,900', 27900),
      c('$37,800', 37800),
      p('$55,000', 55000),
    ],
  },
];
