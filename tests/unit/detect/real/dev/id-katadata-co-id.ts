import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://katadata.co.id/amp/digital/fintech/61ef955f9a994/nilai-kripto-bitcoin-dkk-rontok-hampir-rp-2000-triliun-dalam-sehari',
    lang: 'id',
    tags: ['prose', 'change', 'format'],
    title: 'Nilai Kripto Bitcoin Dkk Rontok Hampir Rp 2.000 Triliun dalam Sehari',
    blocks: [
      'Kapitalisasi pasar mata uang kripto (cryptocurrency) hilang US$ 130 miliar atau Rp 1.866 triliun dalam sehari pada perdagangan Senin (24/1). Ini karena investor ramai menjual bitcoin hingga ethereum.',
      'Coindesk mencatat, pasar kripto kehilangan US$ 700 miliar atau Rp 10.053 triliun dalam tiga pekan terakhir.',
      'Kapitalisasi pasar kripto anjlok dari sekitar US$ 3 triliun pada November menjadi US$ 1,6 triliun saat ini.',
      'Bespoke Investment Group mencatat, lebih dari US$ 1 triliun hilang dari pasar kripto secara agregat. "Investor aset digital utama melanjutkan aksi jual tiap harinya," demikian dikutip dari CNBC Internasional.',
      'Harga sejumlah mata uang kripto pun anjlok. Harga bitcoin misalnya, melorot dari US$ 69 ribu pada November 2021 menjadi kisaran US$ 35 ribu - US$ 37 ribu dalam sepekan ini.',
      'Harga ethereum pun turun lebih dari 12% menjadi US$ 2.441. Harga solana juga anjlok 14% lebih menjadi US$ 89 per koin.',
      '"Kami kemungkinan menguji harga bitcoin di level US$ 30 ribu – US$ 32 ribu mengingat sentimen dan momentum saat ini,” katanya.',
      'Beberapa analis lain bahkan memperkirakan harga bitcoin di bawah US$ 30 ribu. "Penurunan bitcoin bisa sampai 78% dari level tertinggi hampir US$ 69 ribu," kata analis 22V Research John Roque.',
    ],
    expect: [
      o('US$ 130 miliar', 130e9),
      o('Rp 1.866 triliun', 1.866e15, 'IDR'),
      o('US$ 700 miliar', 700e9),
      o('Rp 10.053 triliun', 1.0053e16, 'IDR'),
      o('US$ 3 triliun', 3e12),
      o('US$ 1,6 triliun', 1.6e12),
      o('US$ 1 triliun', 1e12),
      p('US$ 69 ribu', 69000),
      p('US$ 35 ribu', 35000),
      p('US$ 37 ribu', 37000),
      o('US$ 2.441', 2441),
      o('US$ 89', 89),
      p('US$ 30 ribu', 30000),
      p('US$ 32 ribu', 32000),
      p('US$ 30 ribu', 30000),
      p('US$ 69 ribu', 69000),
    ],
  },
];
