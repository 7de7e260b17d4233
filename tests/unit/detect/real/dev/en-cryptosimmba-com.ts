import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptosimmba.com/bitcoin-slides-to-72k-extending-selloff-and-dragging-crypto-stocks-lower',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin slides to $72K, extending selloff and dragging crypto stocks lower',
    blocks: [
      'Bitcoin fell to around $72,000 on Wednesday, its lowest of the year, extending a slide that began in mid-January when it peaked near $96,000.',
      'Strategy’s drop stood out: with about 713,000 bitcoin bought at an average price near $76,000, the fall to $72,000 leaves it with an unrealized loss of about $2.9 billion. Its shares lost about 9% to around $121.9, a level last seen in September 2024.',
      'Total crypto market value slipped about 3% to roughly $2.5 trillion. Ether traded near $2,100, Solana hovered around $90, and XRP fell to about $1.51.',
      'Derivatives data showed more than $120 million of positions liquidated in recent hours and over $860 million in 24 hours.',
    ],
    expect: [
      p('$72,000', 72000),
      p('$96,000', 96000),
      p('$76,000', 76000),
      p('$72,000', 72000),
      o('$2.9 billion', 2.9e9),
      o('$121.9', 121.9),
      o('$2.5 trillion', 2.5e12),
      o('$2,100', 2100),
      o('$90', 90),
      o('$1.51', 1.51),
      o('$120 million', 120e6),
      o('$860 million', 860e6),
    ],
  },
];
