import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gate.io/tr/learn/articles/coinshares-mining-report/1582',
    lang: 'tr',
    tags: ['cost', 'prose'],
    blocks: [
      "Bitcoin madencilik ağının hashrate'i 2023'te %104 artarak hızla büyüdü. Halving sonrası her madenci için Bitcoin başına ortalama üretim maliyetine ilişkin sonuçlarımız aşağıda; ortalama üretim maliyeti 37.856 ABD Doları olarak hesaplandı.",
    ],
    expect: [c('37.856 ABD Doları', 37856)],
  },
];
