import { c, o, p, type RealCase } from '../labels';

const url = 'https://id.icotokenfund.com/bitcoin-miners-no-longer-turning-profit-creating-cryptocurrency';

export const cases: RealCase[] = [
  {
    url,
    lang: 'id',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      '"Bitcoin saat ini diperdagangkan pada dasarnya dengan biaya impas penambangan bitcoin, " kata Fundstrat Thomas Lee dalam sebuah catatan pada hari Kamis, seperti yang dilaporkan pada CNBC.',
      'Penghasilan penambang hampir setengahnya bulan ini dari Desember karena lonjakan minat dalam penambangan bitcoin, menurut laporan itu. Biaya penambangan bitcoin, yang memperhitungkan faktor-faktor seperti biaya peralatan, listrik, dan biaya overhead lainnya seperti memelihara fasilitas pendingin, adalah sekitar $ 8.038, tulis Lee.',
      'Bitcoin, cryptocurrency terbesar di dunia berdasarkan kapitalisasi pasar, mencapai level terendah di dekat $ 7.700 awal pekan ini, penurunan terjauh sejak 8 Februari, sebelum naik kembali ke level mendekati $ 8.500 pada Jumat pagi.',
    ],
    expect: [c('$ 8.038', 8038), p('$ 7.700', 7700), p('$ 8.500', 8500)],
  },
  {
    url,
    lang: 'id',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      {
        heading: 'Harga Jatuh, Lonjakan Persaingan dan Biaya Transaksi Lebih Rendah',
        text: 'Pada pertengahan Desember, ketika harga koin digital populer melonjak cepat ke $ 20.000, para penambang sama sekali tidak khawatir tentang keuntungan. Baru-baru ini, penurunan harga bitcoin dan meningkatnya persaingan bertepatan dengan penurunan biaya transaksi, menggigit pendapatan penambang.',
      },
      'Sementara penggemar bitcoin sering menyoroti biaya yang lebih rendah sebagai keuntungan dari koin digital, biaya rata-rata untuk transaksi telah turun dari $ 34 pada akhir Desember menjadi di bawah $ 0, 50 saat ini, menurut BitInfoCharts.',
    ],
    expect: [p('$ 20.000', 20000), o('$ 34', 34), o('$ 0, 50', 0.5)],
  },
];
