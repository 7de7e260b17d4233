import { c, p, type RealCase } from '../labels';

// Machine-reworded crypto brief (the "model" became "pattern") on the Difficulty Regression Model: the model's
// per-coin production cost sits two sentences after "cost of producing one bitcoin", then price levels.
export const cases: RealCase[] = [
  {
    url: 'https://pkpressclub.com/?p=138979',
    lang: 'en',
    tags: ['cost', 'anaphora', 'prose'],
    blocks: [
      'Bitcoin closely follows the difficulty regression model, according to checkonchain.',
      'This model estimates the overall production cost of maintaining the network. It treats mining difficulty as a distilled measure of mining price, giving an industry-wide estimate of the average cost of producing one bitcoin without detailed assumptions about hardware, energy costs, or logistics.',
      'The pattern currently sits near $92,300, which is roughly the spot price of Bitcoin. It was briefly triggered lower when bitcoin fell to around $80,000, but has since regained the pattern valuation.',
      'In April 2025, bitcoin fell to around $76,000 and rebounded precisely to the pattern value at the time, acting as an important support level.',
      'Overall, the model suggests the price is close to its cost of production, a fair value zone. Valuations based on the Metcalfe Act also place bitcoin at a fair value around $90,000.',
    ],
    expect: [c('$92,300', 92300), p('$80,000', 80000), p('$76,000', 76000), p('$90,000', 90000)],
  },
];
