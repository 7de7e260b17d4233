import { o, type RealCase } from '../labels';

// Lebanese daily's English edition on mining towns: an ASIC price range in a photo caption, a hard
// negative next to the word cryptomining.
export const cases: RealCase[] = [
  {
    url: 'https://today.lorientlejour.com/article/1292855/cryptocurrency-gives-rise-to-new-mining-towns-in-lebanon.html',
    lang: 'en',
    tags: ['prose'],
    title: 'Cryptocurrency gives rise to new ‘mining’ towns in Lebanon',
    blocks: [
      'The machines, known as ASIC, that are used for cryptomining cost between $800 and $50,000 depending on the coin and the type of machine.',
      'Cryptomining is how new units of a digital currency such as Bitcoin or Ethereum are created, and it needs a plentiful supply of cheap electricity.',
    ],
    expect: [o('$800', 800), o('$50,000', 50000)],
  },
];
