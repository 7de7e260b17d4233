import { c, p, type RealCase } from '../labels';

// KingCryptoNews: a synonym-spun copy of a post-halving miner piece ("Bitcoin costs" for prices,
// "electrical energy price" for the electricity cost); spot and ATH, then Capriole's cost per BTC mined.
export const cases: RealCase[] = [
  {
    url: 'https://kingcryptonews.com/why-bitcoin-miners-brace-for-capitulation-after-halving',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Why Bitcoin Miners Brace for Capitulation After Halving',
    blocks: [
      'As Bitcoin costs proceed to face intense volatility after the halving, the soundness of the whole crypto-mining business may hinge on a essential help degree.',
      'At present buying and selling round $57,000, Bitcoin has skilled a big drop from its March 14 all-time excessive of $73,750. This downturn locations immense strain on miners, who grapple with the halving that lowered block rewards from 6.25 BTC to three.125 BTC.',
      'Nonetheless, Charles Edwards, founding father of Capriole Investments, believes the latest downward worth motion may quickly wreak havoc on Bitcoin miners. The electrical energy price to function the Bitcoin community is presently an astonishing $77,400 per BTC mined. This determine represents the direct power bills of mining every Bitcoin.',
    ],
    expect: [p('$57,000', 57000), p('$73,750', 73750), c('$77,400', 77400)],
  },
];
