import { o, type RealCase } from '../labels';

// Crypto-X sentiment piece: ETH/BTC ratios in BTC (no fiat) and per-transaction fees in dollars.
export const cases: RealCase[] = [
  {
    url: 'https://cryptodataspace.com/crypto-news/btc-and-sol-surge',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'BTC and SOL Surge',
    blocks: [
      'Crypto News- BTC and SOL Surge: Ethereum bulls find themselves on the defensive amid mounting criticism on Crypto X, triggered by Ether’s visible underperformance against Bitcoin (BTC) and other strong altcoins. The Ethereum to Bitcoin price chart recently dropped below 0.05 BTC on Dec. 20, its lowest point in two years, going back to April 28, 2021, according to CoinMarketCap data.',
      {
        text: 'In the previous bull market, the ratio peaked at 0.087 BTC on Sept. 12, 2021, and has trended down ever since. Starting 2023 around 0.072, it has dwindled further. Critics on social media blame Ethereum’s transaction fees, arguing that high fees push users toward chains with lower transaction costs.',
        heading: 'BTC and SOL Surge, Diminishing Crypto X’s Standing Compared to Ethereum',
      },
      {
        text: 'On Dec. 20, prominent Bitcoin advocate Jason A. Williams declared, “Ethereum is broken. You don’t have to pay those fees anymore. You have options.” BitInfoCharts data shows Ethereum fees averaged around $11 on Dec. 19, while Bitcoin’s fees stayed higher at approximately $32. Solana, in stark contrast, keeps fees under $0.01, as reported by CoinCodex.',
        heading: 'BTC and SOL Surge, Diminishing Crypto X’s Standing Compared to Ethereum',
      },
    ],
    expect: [o('$11', 11), o('$32', 32), o('$0.01', 0.01)],
  },
];
