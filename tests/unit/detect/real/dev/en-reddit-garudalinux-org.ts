import { c, o, type RealCase } from '../labels';

// A Reddit thread on a miner's stock (via a Reddit front-end): a reply divides the 10-Q "cost of revenues"
// (written in thousands, without the word) by the coins mined to get the cost per bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://reddit.garudalinux.org/r/MarathonPatentGroup/comments/16f884h/marathons_cost_of_mining/k1dfoed/?context=3',
    lang: 'en',
    tags: ['forum', 'cost', 'anaphora', 'format'],
    title: 'Marathon’s cost of mining',
    blocks: [
      'r/MarathonPatentGroup Sep 10 ’23',
      'Investments Marathon’s cost of mining',
      'Hello, I am a prospective retail investor looking at various bitcoin mining companies. According to The Miner Mag, Marathon seems to have a high cost to mine bitcoin relative to others in the sector, and a lower gross margin.',
      'Is this true, and does it make Marathon a potentially bad pick among the miners?',
      'u/pennyether Sep 20 ’23 edited Sep 20 ’23',
      'They get the "cost per bitcoin" figure by taking the total bitcoin mined (2926 BTC for Q2) and dividing it into the "cost of revenues" in the 10-Q ($55,222) -- $55,222 / 2926 = $18,873.',
      'Note that every figure on that chart leaves out depreciation, so in my view they are close to worthless. Eg, that is the cost per bitcoin if the hardware had been free!',
    ],
    expect: [o('$55,222'), o('$55,222'), c('$18,873', 18873)],
  },
];
