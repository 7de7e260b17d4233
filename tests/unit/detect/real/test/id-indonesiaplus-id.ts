import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.indonesiaplus.id/?p=17509',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Dalam Sepekan Bitcoin Terjun Bebas Kembali ke Level US$59.490 Per Keping',
    blocks: [
      'Dalam Sepekan Bitcoin Terjun Bebas Kembali ke Level US$59.490 Per Keping',
      'Indonesiaplus.id – Dalam beberapa hari terakhir harga kripto kompak meradang tak terkecuali bitcoin, mata uang digital dengan kapitalisasi pasar terbesar kembali ke level di bawah US$60 ribu per keping.',
      'Pada Rabu (17/11) melansir coinmarketcap.com saat ini bitcoin diperdagangkan di level US$59.490 per keping. Harga Bitcoin tercatat turun 4,73 persen dalam 24 jam terakhir atau 10,80 persen dalam sepekan terakhir.',
      'Bitcoin sempat menembus rekor barunya di level US$68.789 per keping atau pada 10 November 2021 lalu.',
      'Kripto lainnya tercatat terjun bebas, seperti ethereum yang rontok hingga 6,46 persen dalam semalaman menjadi US$4.171 per keping.',
      'Nasib sama juga dialami bitcoin, ethereum membukukan harga termahal pada 10 November 2021 lalu di posisi US$4.859 per koin. Lalu, binance coin jatuh 9,19 persen ke posisi US$565,13 per keping yang rontok sebesar 11,73 persen dalam sepekan terakhir ini.',
    ],
    expect: [
      p('US$59.490', 59490),
      p('US$60 ribu', 60000),
      p('US$59.490', 59490),
      p('US$68.789', 68789),
      o('US$4.171', 4171),
      o('US$4.859', 4859),
      o('US$565,13', 565.13),
    ],
  },
];
