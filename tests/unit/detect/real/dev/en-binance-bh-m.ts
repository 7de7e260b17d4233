import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.bh/sl/square/post/25779548932154',
    lang: 'en',
    tags: ['cost', 'forum', 'prose'],
    title: 'Cost to mine one Bitcoin surges to $70,000',
    blocks: [
      'Mining one Bitcoin now costs $70,000, more than 34% higher in six months after the April 2024 halving, pricier power and record hashrate. Bitcoin trades above $100,000, yet miners’ margins are thinning quickly. Power bills such as Terawulf’s $0.081/kWh have nearly doubled, and the $70,000 figure leaves out depreciation and indirect costs.',
    ],
    expect: [c('$70,000', 70000), p('$100,000', 100000), o('$0.081/kWh', 0.081), c('$70,000', 70000)],
  },
];
