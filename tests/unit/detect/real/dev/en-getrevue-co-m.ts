import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.getrevue.co/profile/TheWolfDen/issues/the-wolf-den-544-miners-markets-and-madness-1264044',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'The Wolf Den #544 - Miners, Markets, and Madness',
    blocks: [
      'What it costs to mine a single Bitcoin differs hugely between miners. A first-timer plugging in an eBay rig pays something very different from a seasoned operator with Bitmain contracts.',
      'A JPMorgan analyst recently reported that the average price to mine Bitcoin fell to $13,000 in July, from $24,000 in June.',
      '“The production cost is seen by some market participants as the lower bound of Bitcoin’s price range in a bear market.”',
    ],
    expect: [c('$13,000', 13000), c('$24,000', 24000)],
  },
];
