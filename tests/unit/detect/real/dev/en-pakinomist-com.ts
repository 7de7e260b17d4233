import { c, p, type RealCase } from '../labels';

// Pakinomist rewrite of CoinDesk's Checkonchain story: the average price to mine a bitcoin and the spot
// price in one sentence, "average price" wording used for the cost.
export const cases: RealCase[] = [
  {
    url: 'https://pakinomist.com/?p=161556',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'Bitcoin now sits roughly 20% below its estimated average production cost, piling financial pressure on the BTC mining sector.',
      'The average price to mine a bitcoin is around $87,000 according to Checkonchain data, while the spot price has fallen towards $70,000. Historically, trading below production cost has been a hallmark of a bear market.',
    ],
    expect: [c('$87,000', 87000), p('$70,000', 70000)],
  },
];
