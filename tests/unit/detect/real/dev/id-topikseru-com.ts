import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://topikseru.com/bisnis/13959/tambang-bitcoin',
    lang: 'id',
    tags: ['widget', 'format', 'prose'],
    title: 'Apa Itu Tambang Bitcoin? Mesin Pendulang Komoditas Digital Seharga Rp 1,7 Miliar',
    blocks: [
      'Apa Itu Tambang Bitcoin? Mesin Pendulang Komoditas Digital Seharga Rp 1,7 Miliar',
      'Topikseru.com – Belakangan ini, istilah “tambang Bitcoin” makin sering terdengar, terutama setelah polisi menggerebek sejumlah lokasi yang diam-diam digunakan untuk menambang mata uang kripto ini.',
      'Kata “tambang” diambil sebagai analogi dari menambang emas, di mana dibutuhkan alat, tenaga, dan proses panjang untuk memperoleh hasil. Bedanya, tambang Bitcoin tidak memerlukan cangkul atau batu, melainkan perangkat keras kuat, koneksi internet stabil, dan listrik besar.',
      'Baca Juga  Harga Bitcoin Naik 7,00% Bertengger di Level $92,759 Atau Setara Dengan Rp1.546.681.810 Per Koin',
      {
        heading: 'Mengapa Tambang Bitcoin Dipermasalahkan?',
        text: 'Karena untuk menjalankan mesin penambang, dibutuhkan listrik dalam jumlah luar biasa.',
      },
    ],
    expect: [o('Rp 1,7 Miliar', 1.7e9, 'IDR'), p('$92,759', 92759), p('Rp1.546.681.810', 1546681810, 'IDR')],
  },
];
