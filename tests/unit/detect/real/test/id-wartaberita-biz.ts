import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://wartaberita.biz/2025/04/15/strategi-perusahaan-dengan-hampir-700-000-bitcoin-tips-terbaik/',
    lang: 'id',
    tags: ['prose', 'format'],
    blocks: [
      'Perusahaan teknologi MicroStrategy pimpinan Michael Saylor kembali jadi sorotan setelah memborong Bitcoin senilai USD 285,8 juta atau kira-kira Rp 4,7 triliun (dengan kurs Rp 16.810), meski pasar saham dan kripto sedang bergejolak.',
      'Dalam laporannya ke SEC, MicroStrategy menyebut membeli 3.459 Bitcoin pada 7–13 April dengan harga rata-rata USD 82.618 per koin. Dengan tambahan ini, total kepemilikan Bitcoin perusahaan mencapai sekitar USD 13,6 miliar, dan bisa bernilai sekitar USD 45 miliar bila harga terus naik.',
    ],
    expect: [
      o('USD 285,8 juta', 285.8e6),
      o('Rp 4,7 triliun', 4.7e12, 'IDR'),
      o('Rp 16.810', 16810, 'IDR'),
      p('USD 82.618', 82618),
      o('USD 13,6 miliar', 13.6e9),
      o('USD 45 miliar', 45e9),
    ],
  },
];
