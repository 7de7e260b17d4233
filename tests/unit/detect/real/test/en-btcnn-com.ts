import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btcnn.com/jp-morgan-bitcoin-not-worth-the-mining-cost-anymore/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora', 'change'],
    title: 'JP Morgan: Bitcoin Not Worth the Mining Cost Anymore',
    blocks: [
      'JP Morgan: Bitcoin Not Worth the Mining Cost Anymore',
      'JP Morgan Chase’s analysts recently made a statement about Bitcoin mining. They claimed that the cost of mining bitcoin is currently higher than the price of a single bitcoin itself, hovering around the $3,500 mark.',
      { text: 'Comparing Mining Costs and Gains', heading: 'Comparing Mining Costs and Gains' },
      {
        text: 'After studying the expenses involved in bitcoin mining including electricity, they found that the cost of mining a single bitcoin on average is just above $4,000. Compared to what bitcoin’s price gives, which has been unable to break out at the $4,000 price, miners are losing $500 while mining bitcoin.',
        heading: 'Comparing Mining Costs and Gains',
      },
      {
        text: 'In some countries like Venezuela, however, the expenses involved in mining a single bitcoin are as low as $531.',
        heading: 'Comparing Mining Costs and Gains',
      },
      {
        text: 'According to Bloomberg, Chinese miners spend $2,400, a relatively low price globally, to mine bitcoin.',
        heading: 'Bitcoin Mining',
      },
    ],
    expect: [
      p('$3,500', 3500),
      c('$4,000', 4000),
      p('$4,000', 4000),
      o('$500', 500),
      c('$531', 531),
      c('$2,400', 2400),
    ],
  },
];
