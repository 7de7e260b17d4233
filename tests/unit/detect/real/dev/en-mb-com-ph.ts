import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mb.com.ph/2025/10/27/bitcoin-value-surge-should-make-bsp-think-about-putting-up-reserve-migz-villafuerte',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin value surge should make BSP think about putting up reserve--Migz Villafuerte',
    blocks: [
      'The call came after BTC’s value passed $125,000 this month, up from just below $100,000 at the of 2024, a 25 percent gain.',
      '“Financial experts and crypto pundits project the world’s first cryptocurrency could even soar to a peak price of $165,000 to $250,000 before the year is over,” Villafuerte said over the weekend.',
      'Crypto tumbled in last weekend’s crash, but BTC quickly bounced back to $115,000 after sliding to $105,000.',
    ],
    expect: [
      p('$125,000', 125000),
      p('$100,000', 100000),
      p('$165,000', 165000),
      p('$250,000', 250000),
      p('$115,000', 115000),
      p('$105,000', 105000),
    ],
  },
  {
    url: 'https://mb.com.ph/2025/01/21/ph-crypto-craze-p6-trillion-and-rising',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'PH crypto craze: P6 trillion and rising',
    blocks: [
      '“In the Philippines, many Filipinos have already invested in cryptocurrency, with investments amounting to around six trillion pesos,” Finance Secretary Ralph Recto told Bloomberg in Davos.',
      'That roughly equals the newly signed 2025 national budget of P6.236 trillion, excluding vetoed items.',
      'A week earlier, on Jan. 15, Bitcoin moved between $97,500 and $95,666 per BTC. On Monday, Jan. 20, the day of Trump’s inauguration, it jumped to $109,290.',
    ],
    expect: [
      o('six trillion pesos', 6e12, 'PHP'),
      o('P6.236 trillion', 6.236e12, 'PHP'),
      p('$97,500', 97500),
      p('$95,666', 95666),
      p('$109,290', 109290),
    ],
  },
];
