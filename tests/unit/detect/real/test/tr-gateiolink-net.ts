import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gateiolink.net/tr/news/detail/16294607',
    lang: 'tr',
    tags: ['prose'],
    blocks: [
      'Bazı işaretler bu kez gerçekten farklı olabileceğini gösteriyor. ETF’ler kuruluşlarından bu yana ilk kez art arda üç gün 1 milyar dolar net çıkış yaşadı ve BTC’nin fonlama oranı tersine döndü.',
    ],
    expect: [o('1 milyar dolar', 1e9)],
  },
];

cases.push({
  url: 'https://gateiolink.net/tr/news/detail/15969936',
  lang: 'tr',
  tags: ['prose', 'format'],
  blocks: [
    "BlackRock'un Bitcoin ETF'sine (IBIT) 10,000 dolar yatırmış olsaydınız, bu yatırım bugün 19,870 dolar ederdi; bu, S&P 500 ve Nasdaq 100 getirilerinin neredeyse iki katı.",
  ],
  expect: [o('10,000 dolar', 10000), o('19,870 dolar', 19870)],
});
