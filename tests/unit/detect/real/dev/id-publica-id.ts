import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://publica.id/tahun-2025-kunci-masa-depan-bitcoin-di-tengah-harapan-dan-tantangan',
    lang: 'id',
    tags: ['prose'],
    title: 'Tahun 2025, Kunci Masa Depan Bitcoin di Tengah Harapan dan Tantangan',
    blocks: [
      'Halving terakhir pada April 2024 memangkas hadiah menjadi 3,125 BTC, sehingga banyak yang memprediksi puncak harga berikutnya terjadi di pertengahan hingga akhir 2025.',
      'Meski Bitcoin sering mencetak harga tertinggi baru di setiap siklus, persentase kenaikannya cenderung menyusut. Beberapa analis memperkirakan Bitcoin bisa mencapai antara $100.000 hingga $200.000 di tahun 2025, namun lonjakan dramatis seperti di awal kehadirannya sangat kecil kemungkinan terulang.',
    ],
    expect: [p('$100.000', 100000), p('$200.000', 200000)],
  },
];
