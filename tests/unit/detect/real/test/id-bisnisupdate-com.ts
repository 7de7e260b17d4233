import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bisnisupdate.com/berita-populer/harga-bitcoin-jatuh-dari-rekor-tertinggi-bagaimana-menyikapinya/211760',
    lang: 'id',
    tags: ['prose', 'format'],
    blocks: [
      'JAKARTA – Bitcoin (BTC) lagi-lagi jadi perhatian pasar setelah mencapai rekor tertinggi baru di level USD 111.900. Tapi, harganya turun tajam ke sekitar USD 105.000 pada Jumat (30/5).',
      'Kapitalisasi pasar kripto global juga turun lebih dari 1,7% dalam 24 jam terakhir. Sekarang, kapitalisasinya ada di angka USD 3,32 triliun, turun 1,97% dalam waktu yg sama, dengan volume perdagangan harian mencapai USD 145,13 miliar.',
    ],
    expect: [
      p('USD 111.900', 111900),
      p('USD 105.000', 105000),
      o('USD 3,32 triliun', 3.32e12),
      o('USD 145,13 miliar', 145.13e9),
    ],
  },
];
