import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://opera.liputan6.com/crypto/read/5987973/harga-bitcoin-ambruk-simak-seluk-beluk-aset-digital-btc',
    lang: 'id',
    tags: ['prose', 'change', 'format'],
    title: 'Harga Bitcoin Ambruk, Simak Seluk beluk Aset Digital BTC',
    blocks: [
      'Harga Bitcoin Ambruk, Simak Seluk beluk Aset Digital BTC',
      'Liputan6.com, Jakarta - Pada pukul 5 sore hingga 8 malam Minggu 6 April 2025, industri aset digital mengalami kontraksi sebesar USD 50 miliar, turun dari USD 2,53 triliun menjadi USD 2,48 triliun.',
      'Bitcoin (BTC) mencapai titik terendahnya di kisaran USD 77,098 sekitar pukul 7 malam ET dan sejak itu sedikit pulih menjadi USD 77.654 per koin.',
      'Bersamaan dengan Bitcoin, mata uang kripto alternatif mengalami penurunan yang cukup besar pada perdagangan Minggu, menyeret valuasi kolektif semua aset digital non-bitcoin di bawah angka USD 1 triliun, menetap di angka USD 930 miliar.',
      'BTC sendiri telah turun 6,3% pada perdagangan hari Minggu dan berada 28,3% di bawah puncak sepanjang masa yang dicapai tiga bulan lalu. Meskipun sempat mendekati USD 76.900, BTC belum menembus angka USD 76.600 yang terakhir tercatat pada 10 Maret 2025.',
      'Mengutip data dari Coinmarketcap, Selasa (8/4/2025) kripto dengan kapitalisasi pasar terbesar, Bitcoin (BTC) menguat 2,59% dalam 24 jam namun masih pelemahan 2,80% dalam sepekan. Harga Bitcoin hari ini berada di level Rp 1.338.900.823,29.',
    ],
    expect: [
      o('USD 50 miliar', 50e9),
      o('USD 2,53 triliun', 2.53e12),
      o('USD 2,48 triliun', 2.48e12),
      p('USD 77,098', 77098),
      p('USD 77.654', 77654),
      o('USD 1 triliun', 1e12),
      o('USD 930 miliar', 930e9),
      p('USD 76.900', 76900),
      p('USD 76.600', 76600),
      p('Rp 1.338.900.823,29', 1338900823.29, 'IDR'),
    ],
  },
];
