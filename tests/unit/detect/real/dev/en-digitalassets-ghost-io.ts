import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://digitalassets.ghost.io/bitcoin-miner-terawulf-faces-decline-in-mining-output-and-financial-losses',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin Miner TeraWulf Faces Decline in Mining Output and Financial Losses',
    blocks: [
      '21% decline in mined Bitcoin year-over-year, with 243% increase in mining costs.',
      {
        heading: 'Summary :',
        text: 'Bitcoin miner TeraWulf reported a 21% decline in the amount of Bitcoin it mined in the second quarter of 2024, falling short of earnings expectations. The firm mined 699 Bitcoin during the quarter, generating revenue of $35.6 million, slightly beating estimates. However, TeraWulf posted a quarterly loss of $0.03 per share, missing the estimated loss of $0.02 per share. The company also noted a significant increase in the cost to mine Bitcoin, attributing it to a doubling in network difficulty and the Bitcoin Halving event.',
      },
    ],
    expect: [o('$35.6 million', 35600000), o('$0.03', 0.03), o('$0.02', 0.02)],
  },
];
