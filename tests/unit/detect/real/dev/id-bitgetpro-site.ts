import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitgetpro.site/id/wiki/1303005',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Konversi Bitcoin ke Rupiah: Panduan Lengkap',
    blocks: [
      'Konversi Bitcoin ke Rupiah',
      '截至 2024-06-30,据 CoinGecko 报道,kapitalisasi pasar BTC pada periode tersebut sekitar USD 550 miliar dengan volume 24 jam mendekati USD 20 miliar—angka ini menunjukkan skala likuiditas yang memengaruhi bagaimana konversi bitcoin ke rupiah terealisasi di bursa dan layanan OTC.',
      'Bitcoin (BTC) dapat dibagi hingga 8 desimal; unit terkecil disebut satoshi (1 BTC = 100.000.000 satoshi).',
    ],
    expect: [o('USD 550 miliar', 550e9), o('USD 20 miliar', 20e9)],
  },
];
