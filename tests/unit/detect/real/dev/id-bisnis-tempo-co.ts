import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  // Tempo: levels "US$ 47.609" with "Rp … juta" conversions and exchange-rate assumptions, one of them without "Rp".
  {
    url: 'https://bisnis.tempo.co/read/1438404/harga-bitcoin-hari-ini-turun-jadi-rp-67839-juta-apa-sebabnya',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Harga Bitcoin Hari Ini Turun Jadi Rp 678,39 Juta, Apa Sebabnya?',
    blocks: [
      'TEMPO.CO, Jakarta - Harga Bitcoin pada hari ini, Rabu, 3 Maret 2021, merosot 4,11 persen menjadi US$ 47.609 atau sekitar Rp 678,39 juta (asumsi kurs Rp 14.249 per dolar AS).',
      'Penurunan terjadi setelah Gary Gensler, calon Ketua Komisi Sekuritas dan Bursa AS pilihan Presiden Joe Biden, berkomentar bahwa mata uang kripto menimbulkan masalah baru dalam perlindungan investor.',
      'Sebelumnya, pada Senin, 1 Maret 2021, Bitcoin melonjak 8 persen ke US$ 48.861,48 atau sekitar Rp 697,4 juta (asumsi kurs 14.274 per dolar AS) setelah beberapa hari sempat melemah.',
      'Dengan begitu, nilai mata uang digital ini sudah meroket lebih dari 76,2 persen dari level terendahnya pada awal Januari, yaitu US$ 27.734. Tahun ini Bitcoin sempat mencetak rekor tertinggi pada 21 Februari di level US$ 58.354,14 atau sekitar Rp 832,6 juta.',
    ],
    expect: [
      p('US$ 47.609', 47609),
      p('Rp 678,39 juta', 678390000, 'IDR'),
      o('Rp 14.249', 14249, 'IDR'),
      p('US$ 48.861,48', 48861.48),
      p('Rp 697,4 juta', 697400000, 'IDR'),
      o('14.274', 14274, 'IDR'),
      p('US$ 27.734', 27734),
      p('US$ 58.354,14', 58354.14),
      p('Rp 832,6 juta', 832600000, 'IDR'),
    ],
  },
  // Tempo on Dogecoin: the meme coin's dollar and rupiah prices and market cap first, Bitcoin's level and record only at the end.
  {
    url: 'https://bisnis.tempo.co/read/1468460/bukan-karena-elon-musk-lonjakan-dogecoin-hingga-lebih-dari-30-persen-karena-ini',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Bukan karena Elon Musk, Lonjakan Dogecoin hingga Lebih dari 30 Persen karena Ini',
    blocks: [
      'Pada Rabu kemarin, Dogecoin melonjak hingga 31 persen ke level US$ 0,41 atau berkisar Rp 5.860 (asumsi kurs Rp 14.293 per dolar AS). Walhasil, kapitalisasi pasar aset kripto itu naik hingga US$ 54 miliar dan menjadikannya koin terbesar keenam saat ini.',
      'Hari ini, Kamis, 3 Juni 2021, harga Dogecoin melanjutkan kenaikan hingga level US$ 0,43 atau sekitar Rp 6.146. Harganya naik 24,3 persen dalam dua pekan terakhir.',
      'Sementara itu, data coingecko.com menunjukkan harga Bitcoin saat ini US$ 37.653 atau sekitar Rp 537,7 juta (asumsi kurs Rp 14.279 per dolar AS), anjlok 33,5 persen dibandingkan bulan lalu. Kapitalisasi pasarnya mencapai US$ 704,7 miliar, terbesar dari seluruh aset kripto.',
      'Padahal harga Bitcoin sempat menembus rekor tertingginya US$ 64.804,72 pada April 2021 lalu.',
    ],
    expect: [
      o('US$ 0,41', 0.41),
      o('Rp 5.860', 5860, 'IDR'),
      o('Rp 14.293', 14293, 'IDR'),
      o('US$ 54 miliar', 54000000000),
      o('US$ 0,43', 0.43),
      o('Rp 6.146', 6146, 'IDR'),
      p('US$ 37.653', 37653),
      p('Rp 537,7 juta', 537700000, 'IDR'),
      o('Rp 14.279', 14279, 'IDR'),
      o('US$ 704,7 miliar', 704700000000),
      p('US$ 64.804,72', 64804.72),
    ],
  },
];
