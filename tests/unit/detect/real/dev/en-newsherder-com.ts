import { o, p, type RealCase } from '../labels';

// NewsHerder rewrite of Antpool's shutdown-price data: a "$79,000 mark" spot level and the $0.08/kWh
// benchmark power rate (other) repeated in headed sections about shutdown thresholds.
export const cases: RealCase[] = [
  {
    url: 'https://newsherder.com/blockchain-cryptocurrency/bitcoin-price-plummets-as-miners-break-out-in-a-cold-sweat-levels-at-which-they-will-shut-down-their-machines-revealed',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Bitcoin Miners Face Mounting Pressure as Profitability Margins Shrink',
    blocks: [
      {
        heading: 'The Critical Threshold: Understanding Mining Shutdown Prices',
        text: 'Mining is under a real squeeze as Bitcoin hovers around the $79,000 mark, pushing many operations dangerously close to what experts call the “shutdown price.” Antpool data show current network difficulty and standard power costs forming a perfect storm, especially for older or less efficient gear. With electricity costed at $0.08 per kilowatt-hour, a benchmark for many operations, numerous ASIC devices are teetering on the edge of profitability.',
      },
      {
        heading: 'Mid-Tier Miners Operating on the Edge',
        text: 'Models such as the Antminer S19 XP+ Hydro, WhatsMiner M60S and Avalon A1466I are running perilously close to their shutdown thresholds. It is worse still for miners in regions where power costs exceed the $0.08 per kilowatt-hour baseline used in these calculations.',
      },
    ],
    expect: [p('$79,000', 79000), o('$0.08', 0.08), o('$0.08', 0.08)],
  },
];
