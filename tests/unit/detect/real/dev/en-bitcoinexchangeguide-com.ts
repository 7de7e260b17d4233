import { c, o, type RealCase } from '../labels';

// Miner economics in 2018: industry revenue and Bitmain's profit (totals), then per-coin mining cost
// estimates and a quoted tweet with all-in and cash break-evens glued in parentheses.
const url =
  'https://bitcoinexchangeguide.com/bitcoin-miners-are-struggling-to-generate-profits-as-crypto-prices-vs-blockchain-difficulty-must-play-out/';
const title =
  'Bitcoin Miners are Struggling to Generate Profits as “Crypto Prices vs Blockchain Difficulty” Must Play Out';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Bitcoin mining has become drastically less profitable in 2018 despite soaring revenues.',
      '“New research from Diar reveals that Bitcoin mining has generated record revenues of almost $5 billion so far this year. That’s already higher than 2017 with three months to go. However, that revenue hasn’t translated into profit.”',
    ],
    expect: [o('$5 billion', 5e9)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'This is forcing smaller bitcoin miners out of the game, allowing larger bitcoin miners like Bitmain to take over. Bitmain generated over $1 billion in profit in the first quarter of 2018 alone, although much of that came from hardware sales and not bitcoin mining.',
    ],
    expect: [o('$1 billion', 1e9)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose'],
    title,
    blocks: [
      'It Costs More to Mine Bitcoin Than to Buy One',
      'You may have seen a stat that it costs about $4,000 to mine one bitcoin. According to new research by Fundstrat, however, that’s not true: the cost of mining one bitcoin is around $7,300.',
    ],
    expect: [c('$4,000', 4000), c('$7,300', 7300)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'forum', 'format'],
    title,
    blocks: [
      "Despite $BTC bear market, hashpower doubled since May to 57 EH/s – Even with upgrades to existing equipment, implies almost 1GW of new power consumption vs 5.2GW in May '18. Breakeven now $7300 ($5300 cash BE) vs. $6000 in May – Mining becoming FCF -ive @fundstrat #Crypto",
      '— Sam Doctor (@CryptoSamDoctor) September',
    ],
    expect: [c('$7300', 7300), c('$5300', 5300), c('$6000', 6000)],
  },
];
