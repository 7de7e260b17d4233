import { o, p, type RealCase } from '../labels';

// Indonesian community blog: the peak written "300 juta" with the rupiah only named after it, then a supply-and-demand example with mask prices.
export const cases: RealCase[] = [
  {
    url: 'https://bitcoinindonesia.net/akankah-bitcoin-akan-naik-lagi-atau-malah-hancur/',
    lang: 'id',
    tags: ['prose', 'format', 'forum'],
    title: 'Akankah Bitcoin Akan Naik Lagi atau Malah Hancur?',
    blocks: [
      'Hallo Bitcoiners Indonesia, kali ini kita bahas lagi pergerakan harga bitcoin, yang tentu tidak ada yang bisa memprediksi dengan pasti ke mana arahnya. Yang banyak ditanyakan orang: pada akhir tahun 2018 harga bitcoin sempat menyentuh 300 juta pada harga tertingginya pair dengan rupiah, lalu akankah bitcoin naik lagi? atau malah hancur harganya?',
      'Contoh lain adalah masker. Sebelum musim corona, harga masker normal kita anggap saja Rp1.000. Namun ketika pandemi datang semua orang butuh masker, permintaan lebih besar daripada penawaran, dan harga maskerpun menjadi Rp5.000.',
    ],
    expect: [p('300 juta', 300000000, 'IDR'), o('Rp1.000', 1000, 'IDR'), o('Rp5.000', 5000, 'IDR')],
  },
];
