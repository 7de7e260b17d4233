import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gateweb3.net/crypto-wiki/article/understanding-bitcoin-mining-costs-insights-from-industry-data-20251224',
    lang: 'id',
    tags: ['cost', 'format'],
    blocks: [
      'Biaya penambangan Bitcoin (BTC) menjadi indikator penting ekonomi produksi kripto. Pada akhir 2025, data industri menunjukkan total biaya penambangan berada di kisaran sekitar $26.000 hingga $36.000 per BTC, tergantung wilayah dan efisiensi operasi.',
      'Biaya listrik (60%-70% dari total biaya): tarifnya sangat beragam, dari hanya $0,03 per kilowatt-jam di daerah kaya tenaga air saat musim puncak hingga $0,15 per kilowatt-jam di tempat lain.',
      'Biaya perangkat keras: mesin penambangan arus utama umumnya dijual $5.000 hingga $10.000 per unit.',
    ],
    expect: [
      c('$26.000', 26000),
      c('$36.000', 36000),
      o('$0,03', 0.03),
      o('$0,15', 0.15),
      o('$5.000', 5000),
      o('$10.000', 10000),
    ],
  },
];
