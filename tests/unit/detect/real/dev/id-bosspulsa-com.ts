import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bosspulsa.com/?p=14467',
    lang: 'id',
    tags: ['prose', 'anaphora'],
    title: 'Harga Bitcoin Hancur, Penambang Mulai Matikan Perangkat',
    blocks: [
      'Harga Bitcoin Hancur, Penambang Mulai Matikan Perangkat',
      'Jakarta – Pasar kripto kembali bergejolak setelah harga Bitcoin (BTC) anjlok tajam ke bawah level psikologis USD 64.000. Dalam setahun terakhir Bitcoin kehilangan hampir 30% nilainya. Pada satu titik harganya bahkan menyentuh USD 62.303, terendah sejak Maret 2024, sebelum sedikit pulih dan diperdagangkan di sekitar USD 63.010.',
    ],
    expect: [p('USD 64.000', 64000), p('USD 62.303', 62303), p('USD 63.010', 63010)],
  },
];
