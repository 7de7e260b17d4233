import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinlabs.it/articoli/bitcoin-crolla-i-miner-spengono-le-macchine-2026-02-06',
    lang: 'it',
    tags: ['widget', 'format'],
    title: 'Bitcoin crolla, i miner spengono le macchine',
    blocks: [
      'Bitcoin Bitcoin BTC $71.361,43\n11.99%',
      'Ethereum Ethereum ETH $2.075,29\n11.3%',
      'Tether USDt Tether USDt USDT $1,00\n0.11%',
      'XRP XRP $1,48\n23.84%',
      'BNB BNB $666,00\n8.08%',
      'Solana Solana SOL $89,27\n12.23%',
      'Dogecoin Dogecoin DOGE $0,10\n11.18%',
      'Wrapped Bitcoin Wrapped Bitcoin WBTC $71.152,50\n11.96%',
      'Bitcoin Cash Bitcoin Cash BCH $531,90\n14.35%',
      'Litecoin Litecoin LTC $55,53\n8.08%',
      'Bitcoin BEP2 BTCB $71.341,41\n11.76%',
      'Monero Monero XMR $326,61\n8.18%',
      'Bitcoin crolla, i miner spengono le macchine',
    ],
    expect: [
      p('$71.361,43', 71361.43),
      o('$2.075,29', 2075.29),
      o('$1,00', 1),
      o('$1,48', 1.48),
      o('$666,00', 666),
      o('$89,27', 89.27),
      o('$0,10', 0.1),
      o('$71.152,50', 71152.5),
      o('$531,90', 531.9),
      o('$55,53', 55.53),
      o('$71.341,41', 71341.41),
      o('$326,61', 326.61),
    ],
  },
];
