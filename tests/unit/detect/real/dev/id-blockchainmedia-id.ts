import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockchainmedia.id/biaya-menambang-bitcoin-turun-mengapa-harga-bitcoin-berpotensi-tertekan',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Biaya Menambang Bitcoin Turun, Mengapa Harga Bitcoin Berpotensi Tertekan?',
    blocks: [
      'Biaya menambang Bitcoin terus merosot, tetapi menurut Nikolaos Panigirtzoglou dari JPMorgan, hal itu justru bisa menekan harga Bitcoin lagi.',
      '“Biaya produksi Bitcoin telah turun dari sekitar US$24.000 pada awal Juni menjadi sekitar US$13.000 saat ini. Itu bisa ditafsirkan penambang mulai enggan menjual BTC mereka, tetapi yang terjadi bisa sebaliknya,” kata Panigirtzoglou kepada Bloomberg, Kamis (14/7/2022).',
      'Dari grafik JPMorgan, pada Juni 2021 laju biaya produksi turun drastis lalu diikuti turunnya harga Bitcoin. Kecenderungan itu terulang pada Juni 2022, ketika biaya produksi Bitcoin turun dari sekitar US$24.000 pada awal Juni menjadi sekitar US$13.000 saat ini.',
      'Bahkan menurut sumber lain, MacroMicro, pada 13 Juli 2022 biaya produksi BTC terkini adalah US$23.764. Sedangkan pada 15 Juli 2022 turun menjadi US$20.632.',
    ],
    expect: [
      c('US$24.000', 24000),
      c('US$13.000', 13000),
      c('US$24.000', 24000),
      c('US$13.000', 13000),
      c('US$23.764', 23764),
      c('US$20.632', 20632),
    ],
  },
  {
    url: 'https://blockchainmedia.id/mau-menambang-bitcoin-ini-hitungannya',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Mau Menambang Bitcoin? Ini Hitungannya',
    blocks: [
      'Pengeluaran terbesar dari pertambangan Bitcoin adalah listrik, karena perangkat keras pertambangan memang haus energi.',
      'Di Sichuan listrik sangat murah karena memanfaatkan tenaga air. Pada masa pasang naik sungai, biaya listrik bisa mencapai 0,08 yuan (Rp158) per kilowat jam. Sedangkan listrik bertenaga panas bumi hanya 0,28 yuan (Rp555) per kilowat jam.',
    ],
    expect: [
      o('0,08 yuan', 0.08, 'CNY'),
      o('Rp158', 158, 'IDR'),
      o('0,28 yuan', 0.28, 'CNY'),
      o('Rp555', 555, 'IDR'),
    ],
  },
];
