import { c, p, type RealCase } from '../labels';

// Tech-news rewrite of the same Difficulty Regression story: "The model is currently priced at nearly $92,300"
// reads like a price but is the model's production cost per coin; the rest are spot levels and a fair value.
export const cases: RealCase[] = [
  {
    url: 'https://www.technologyshout.com/fair-value-sits-near-92-3k',
    lang: 'en',
    tags: ['cost', 'anaphora', 'prose'],
    blocks: [
      'Bitcoin According to checkonchain, the difficulty regression model is being closely tracked.',
      'The model estimates the overall maintenance production costs of the network, an industry-wide estimate of the average cost of producing one Bitcoin.',
      'The model is currently priced at nearly $92,300, roughly in line with the Bitcoin spot price. When Bitcoin fell to around $80,000, it briefly fell, but has since recovered to the model’s valuation.',
      'In April 2025, Bitcoin fell to around $76,000 and rebounded precisely at the model value at the time, becoming an important support level.',
      'Valuations based on Metcalfe’s Law also place Bitcoin’s fair value at nearly $90,000, reinforcing this assessment.',
    ],
    expect: [c('$92,300', 92300), p('$80,000', 80000), p('$76,000', 76000), p('$90,000', 90000)],
  },
];
