import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dailycoin.com/mining-1-bitcoin-costs-80k-sorry-this-math-isnt-mathing/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Mining 1 Bitcoin Costs $80k? Sorry, This Math Isn’t Mathing',
    blocks: [
      'Mining 1 Bitcoin Costs $80k? Sorry, This Math Isn’t Mathing',
      'Research platform MacroMicro says the average cost to mine one Bitcoin is now above its market value, implying mining may not pay under current conditions.',
      'Average cost to mine Bitcoin ticks up to $80,000, above spot price, per MacroMicro',
      'By MacroMicro’s data it now costs $80,670 to mine one Bitcoin, against a spot price of $68,700.',
    ],
    expect: [c('$80k', 80000), c('$80,000', 80000), c('$80,670', 80670), p('$68,700', 68700)],
  },
];
