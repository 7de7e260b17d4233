import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://cpinnoexpo.net/bitcoin-hash-price-hits-record-low-miners-face-survival-game.html',
    lang: 'en',
    tags: ['prose', 'cost', 'change'],
    title: 'Bitcoin hash price hits record low, miners face survival game',
    blocks: [
      'Author: Brayden Lindrea, CoinTelegraph; Compiler: Deng Tong, Golden Finance',
      "Bitcoin's hash price, a key gauge of what miners earn per terahash, is close to its lowest level on record.",
      "Luxor's hashrate index shows that after a two-month high of $0.095 on June 8, Bitcoin's hash price dropped nearly 52% to $0.0459 per terahash second on June 24.",
      'It was closing in on its all-time low of $0.0447 from May 1, but bounced to $0.0479 in the past few hours.',
      "Hashprice depends largely on Bitcoin's price, miner rewards and mining difficulty, and all three have fallen sharply in recent weeks.",
      'Bitcoin prices fell 6.8% to $60,590 last week — sentiment soured on news from Mt. Gox, which plans to return $8.6 billion worth of bitcoin to creditors, and on outflows from U.S. spot bitcoin ETFs over the past two weeks.',
      'Miner rewards were also hit by the fourth halving on April 20, which cut the block subsidy from 6.25 BTC to 3,125 BTC — worth $188,800 at current prices.',
    ],
    expect: [
      o('$0.095', 0.095),
      o('$0.0459', 0.0459),
      o('$0.0447', 0.0447),
      o('$0.0479', 0.0479),
      p('$60,590', 60590),
      o('$8.6 billion', 8.6e9),
      o('$188,800', 188800),
    ],
  },
];
