import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.beritasatu.com/dunia/821873/penambanganan-bitcoin-marak-di-venezuela',
    lang: 'id',
    tags: ['prose', 'anaphora'],
    title: 'Penambangan Bitcoin Marak di Venezuela',
    blocks: [
      'Caracas, Beritasatu.com - Venezuela termasuk segelintir negara di mana listrik murah membuat penambangan kripto menjadi usaha yang menguntungkan.',
      'Di perusahaan Doctorminer, di Caracas timur, hampir 80 komputer menghasilkan bitcoin senilai US$ 10.000 per bulan. Tiap komputer berharga sekitar US$ 400 dan besarnya hanya seukuran kotak sepatu.',
      'Tagihan listrik untuk semua peralatan itu tidak sampai US$ 10 sebulan, kata Theodoro Toukoumidis, CEO Doctorminer.',
    ],
    expect: [o('US$ 10.000', 10000), o('US$ 400', 400), o('US$ 10', 10)],
  },
];
