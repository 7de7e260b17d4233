import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://market.bisnis.com/read/20220714/94/1555043/ongkos-produksi-bitcoin-turun-kode-lanjut-bearish',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Ongkos Produksi Bitcoin Turun, Kode Lanjut Bearish?',
    blocks: [
      'Bisnis.com, JAKARTA – Rontoknya harga Bitcoin bukan lagi hal baru. Namun “penurunan harga” dalam arti intrinsik, yakni menciutnya biaya yang dikeluarkan penambang untuk berproduksi, menjadi fenomena terbaru yang menimpa aset kripto tertua di dunia ini.',
      'Laporan terbaru Tim Riset J.P Morgan mempertegas hal itu. Dalam estimasinya, J.P Morgan memperkirakan rata-rata biaya produksi Bitcoin saat ini sekitar US$13.000 per keping, turun lebih dari separuh dari estimasi US$24.000 per keping pada awal Juni 2022.',
    ],
    expect: [c('US$13.000', 13000), c('US$24.000', 24000)],
  },
];
