import { c, o, p, type RealCase } from '../labels';

// CryptoFans explainer on miner capitulation: amounts written "USD 30k", "USD 19,228", "USD 22k+" —
// per-coin mining costs and the BTC price side by side, plus a USD total of coins sold.
export const cases: RealCase[] = [
  {
    url: 'https://cryptofans.news/news/mining/why_bitcoin_miners_capitulate.html',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Why Bitcoin Miners Capitulate',
    blocks: [
      'Coin Metrics data show miners sold at least USD 500 million worth of Bitcoin in June, cutting their stockpiles by nearly a third:',
      'The June sell-off is explained by mining costs, which topped USD 30k on June 17, making BTC dearer to mine than its price. Some miners therefore switched off machines that cost more to run than they earned.',
      'On July 18, the BTC average mining costs were USD 19,228, whereas BTC Price was USD 22k+. Profitable on paper, but a thin-margin business, so some miners keep selling reserves to cover costs and stay solvent.',
      {
        heading: 'Has BTC price reached the bottom?',
        text: 'Some observers argue production costs can act “as the lower bound of Bitcoin’s price range in a bear market.” Since production costs stood at USD 13k a year ago, that would put the bottom around that level.',
      },
    ],
    expect: [
      o('USD 500 million', 500000000),
      c('USD 30k', 30000),
      c('USD 19,228', 19228),
      p('USD 22k', 22000),
      c('USD 13k', 13000),
    ],
  },
];
