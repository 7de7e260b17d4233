import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.businesstimes.com.sg/banking-finance/crypto-wipeout-deepens-to-us640m-as-ether-leads-decline',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Crypto wipeout deepens to US$640m as Ether leads decline',
    blocks: [
      'Crypto wipeout deepens to US$640m as Ether leads decline',
      'Bitcoin lost 2.1 per cent, while the value of digital assets tracked by CoinMarketCap.com fell to US$197 billion, about US$640 billion below its January peak.',
      'Ether fell to US$199.05.',
    ],
    expect: [
      o('US$640m', 640e6),
      o('US$197 billion', 197e9),
      o('US$640 billion', 640e9),
      o('US$199.05', 199.05),
    ],
  },
];
