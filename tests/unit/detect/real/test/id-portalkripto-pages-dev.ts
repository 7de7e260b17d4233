import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://portalkripto.pages.dev/marathon-kucurkan-80-juta-untuk-perusahaan-tambang-yang-bangkrut',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Marathon Kucurkan $80 Juta untuk Perusahaan Tambang yang Bangkrut',
    blocks: [
      'Portalkripto.com — Perusahaan penambang Bitcoin, Marathon Digital Holdings, mengumumkan telah mengucurkan dana sebesar $81,3 juta untuk penyedia layanan hosting penambangan yang bangkrut, Compute North.',
      'Menurut Marathon, dana $50 juta dipakai untuk operasional, terutama keamanan di fasilitas penambangan King Mountain dan Wolf Hollow (Texas).',
      'Sementara itu, $21,3 juta dialokasikan untuk ‘surat sanggup bayar tanpa jaminan’, dan sisanya sebesar $10 juta dikonversi menjadi saham Compute North.',
    ],
    expect: [o('$81,3 juta', 81.3e6), o('$50 juta', 50e6), o('$21,3 juta', 21.3e6), o('$10 juta', 10e6)],
  },
];
