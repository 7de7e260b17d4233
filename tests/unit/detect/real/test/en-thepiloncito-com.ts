import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thepiloncito.com/crypto-trading/bitcoin-to-php',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin to PHP: why the peso price moves',
    blocks: [
      'Search "bitcoin to PHP" and you get one number. In early June 2026 it is roughly ₱6,111,000 for one bitcoin, with bitcoin near $105,000 on CoinGecko and the peso at around ₱58.20 to the dollar on Bangko Sentral ng Pilipinas (BSP) reference rates.',
      'Over years the currency engine compounds quietly: a peso that drifts from ₱50.00 to ₱58.20 per dollar adds more than 16% to the peso value of any dollar asset, bitcoin included.',
    ],
    expect: [
      p('₱6,111,000', 6111000, 'PHP'),
      p('$105,000', 105000),
      o('₱58.20', 58.2, 'PHP'),
      o('₱50.00', 50, 'PHP'),
      o('₱58.20', 58.2, 'PHP'),
    ],
  },
];
