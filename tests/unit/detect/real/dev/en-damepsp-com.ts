// "What is 0.1 BTC worth" guide: the range for the 0.1 BTC fraction ("$6,000 and $8,500 USD") is o, while the
// whole-coin peak ("exceeded $70,000") in the same section is p.
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.damepsp.com/7839.html',
    lang: 'en',
    tags: ['prose', 'widget'],
    title: 'What Is 0.1 BTC Worth in USD?',
    blocks: [
      { text: 'What Is 0.1 BTC Worth in USD?', heading: 'What Is 0.1 BTC Worth in USD?' },
      {
        text: 'Going by recent market data, 0.1 BTC usually sits between $6,000 and $8,500 USD, depending on how volatile the market is. The exact figure changes every few seconds as trading goes on across exchanges.',
        heading: 'What Is 0.1 BTC Worth in USD?',
      },
      {
        text: 'Owning a fraction such as 0.1 BTC matters for investors who do not want to buy a whole coin, which has gone above $70,000 at its peaks.',
        heading: 'What Is 0.1 BTC Worth in USD?',
      },
    ],
    expect: [o('$6,000', 6000), o('$8,500 USD', 8500), p('$70,000', 70000)],
  },
];
