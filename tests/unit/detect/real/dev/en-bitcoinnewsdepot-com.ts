import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinnewsdepot.com/cryptocurrency-bitcoin-btc-price-in-india-today-october-22-2023-check-latest-cryptocurrency-bitcoin-price-today-in-inr/',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title:
      'Cryptocurrency Bitcoin (BTC) Price in India Today (October 22, 2023): Check Latest Cryptocurrency Bitcoin Price Today in INR',
    blocks: [
      'Market capitalization = Current price x Circulating supply.',
      '₹4,89,81,22,55,12,372Volume',
      'Volume is simply how many transactions in a cryptocurrency took place in the last 24 hours.',
      '₹9,44,44,78,45,846Fully diluted market capitalization',
      'Fully Diluted Market Cap (FDMC) = Price x Maximum Offer',
      '₹5,26,93,27,88,14,577Circulating supply',
      '1,95,20,625 BTC',
    ],
    expect: [
      o('₹4,89,81,22,55,12,372', 48981225512372, 'INR'),
      o('₹9,44,44,78,45,846', 944447845846, 'INR'),
      o('₹5,26,93,27,88,14,577', 52693278814577, 'INR'),
    ],
  },
];
