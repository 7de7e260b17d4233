import { o, p, type RealCase } from '../labels';

// Indonesian business news: the level in "dolar Amerika Serikat" with a rupiah juta conversion in brackets, and a "Baca Juga" teaser with a Triliun total.
export const cases: RealCase[] = [
  {
    url: 'https://ekbis.co/berita/qs0amg8117000/harga-bitcoin-turun-lagi-pelaku-industri-sampai-pesimistis',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Harga Bitcoin Turun Lagi, Pelaku Industri sampai Pesimistis',
    blocks: [
      'Waduh, harga Bitcoin turun lagi, nih! Aset digital itu berada di level 49.606 dolar Amerika Serikat (sekitar Rp721,5 juta) pada Jumat (23/4/2021) pukul 11.41 WIB.',
      'Pada Kamis (22/4/2021) malam waktu AS, harga Bitcoin juga sempat jatuh ke level 50.450 dolar AS (sekitar Rp733,7 juta).',
      'Melansir Coindesk, aset kripto terbesar itu sudah turun 9,8% sejak Minggu (18/4/2021), penurunan terbesar pada grafik mingguan sejak akhir Februari.',
      'Baca Juga: Astaghfirullah! Bos Situs Dagang Kripto Ini Bawa Kabur Rp29 Triliun Aset Digital',
    ],
    expect: [
      p('49.606 dolar Amerika Serikat', 49606),
      p('Rp721,5 juta', 721500000, 'IDR'),
      p('50.450 dolar AS', 50450),
      p('Rp733,7 juta', 733700000, 'IDR'),
      o('Rp29 Triliun', 29000000000000, 'IDR'),
    ],
  },
];
