import { c, o, p, type RealCase } from '../labels';

// The difficulty regression model (a production cost per coin) next to the coin's own levels and a
// valuation-model fair price; a related-post teaser with an ETF inflow.
export const cases: RealCase[] = [
  {
    url: 'https://www.coinspeaker.net/bitcoin-trades-close-to-production-costs-amid-narrowing-bull-bear-range',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Trades Close to Production Costs Amid Narrowing Bull-Bear Range',
    blocks: [
      'Bitcoin Trades Near Production Cost, Aligning With Difficulty Regression Model',
      'Bitcoin is tracking the Difficulty Regression Model closely, according to Checkonchain. The model estimates the all-in sustaining production cost of the network by using mining difficulty as a proxy for the average cost to produce one bitcoin.',
      'The model currently sits near $92,300, roughly in line with Bitcoin’s spot price. The price briefly dipped to around $80,000, slightly below the model, before recovering back to its valuation. Historically, Bitcoin tends to stay in a bull market while trading above the model.',
      'In April 2025, Bitcoin fell to about $76,000 and bounced precisely at the model’s value at that time, marking it as a key support level. Much of 2025 saw the price trade at a premium of roughly 50% above the model.',
      'As Bitcoin has matured, extreme premiums look less likely. The model now suggests the coin is trading near its production cost, a fair value zone, which Metcalfe’s Law-based valuations reinforce by placing Bitcoin near fair value around $90,000.',
      'Related Posts',
      'LINK Rallies 7% Following $37M First-Day Inflow Into Grayscale’s Chainlink ETF',
    ],
    expect: [
      c('$92,300', 92300),
      p('$80,000', 80000),
      p('$76,000', 76000),
      p('$90,000', 90000),
      o('$37M', 37e6),
    ],
  },
];
