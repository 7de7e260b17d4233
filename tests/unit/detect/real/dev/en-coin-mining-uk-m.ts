import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coin-mining.uk/s/en/Bitcoin+Production+Cost/22483',
    lang: 'en',
    tags: ['table', 'cost'],
    title: 'The Cost of Producing a Bitcoin',
    blocks: [
      'Table 1: Types of Mining Hardware and Their Costs',
      { text: '$2,000', header: 'Price (USD)', row: 'Antminer S19 Pro' },
      { text: '$500', header: 'Price (USD)', row: 'Antminer S9' },
      { text: '$2,500', header: 'Price (USD)', row: 'WhatsMiner M30S' },
      'Table 2: Electricity Cost Calculation',
      { text: '0.10', header: 'Electricity Cost (USD/kWh)', row: 'North America' },
      { text: '234.00', header: 'Monthly Cost (USD)', row: 'North America' },
      { text: '0.20', header: 'Electricity Cost (USD/kWh)', row: 'Europe' },
      { text: '468.00', header: 'Monthly Cost (USD)', row: 'Europe' },
    ],
    expect: [
      o('$2,000', 2000),
      o('$500', 500),
      o('$2,500', 2500),
      o('0.10', 0.1),
      o('234.00', 234),
      o('0.20', 0.2),
      o('468.00', 468),
    ],
  },
  {
    url: 'https://coin-mining.uk/s/en/BTC+Mining+Break-Even+Price/22002',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'BTC Mining Break-Even Price: Understanding the Dynamics',
    blocks: [
      'The break-even price in Bitcoin mining is the lowest price at which the revenue from mining one bitcoin covers what it cost to mine it: electricity, hardware depreciation, cooling and other running costs.',
      'Block rewards are currently 6.25 BTC per block plus transaction fees.',
    ],
    expect: [],
  },
];
