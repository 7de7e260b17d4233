import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gocryptoblogs.com/mining/new-released-miners-mining/recovering-prices-granted-miners-relief-in-q1-foundry-marathon-hut-8-terawulf-and-sphere-finance-legal-updates/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Recovering prices granted miners relief in Q1',
    blocks: [
      'Bitcoin miners logged a significant bump in total revenue across March, earning almost $732 million from block subsidies. Adding transaction fees, the cumulative figure for the period came to $755 million.',
    ],
    expect: [o('$732 million', 732e6), o('$755 million', 755e6)],
  },
];
