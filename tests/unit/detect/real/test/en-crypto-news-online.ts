import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto-news.online/marathon-vs-riot-analyzing-the-true-price-of-mining-1-bitcoin',
    lang: 'en',
    tags: ['widget', 'format'],
    title: 'Marathon vs Riot: Analyzing the true price of mining 1 bitcoin',
    blocks: [
      'bitcoin\nBitcoin (BTC) $ 58,667.72',
      'ethereum\nEthereum (ETH) $ 3,162.51',
      'tether\nTether (USDT) $ 1.00',
      'bnb\nBNB (BNB) $ 529.03',
      'xrp\nXRP (XRP) $ 0.446309',
      'shiba-inu\nShiba Inu (SHIB) $ 0.000015',
      'wrapped-bitcoin\nWrapped Bitcoin (WBTC) $ 58,492.67',
      'litecoin\nLitecoin (LTC) $ 67.49',
      'bitcoin-cash\nBitcoin Cash (BCH) $ 345.00',
      'monero\nMonero (XMR) $ 159.56',
      'Marathon vs Riot: Analyzing the true price of mining 1 bitcoin',
      'Bitcoin mining is the cornerstone of the crypto trade. At its core, the profitability of mining comes down to a single metric — the price of producing every bitcoin.',
    ],
    expect: [
      p('$ 58,667.72', 58667.72),
      o('$ 3,162.51', 3162.51),
      o('$ 1.00', 1),
      o('$ 529.03', 529.03),
      o('$ 0.446309', 0.446309),
      o('$ 0.000015', 0.000015),
      o('$ 58,492.67', 58492.67),
      o('$ 67.49', 67.49),
      o('$ 345.00', 345),
      o('$ 159.56', 159.56),
    ],
  },
];
