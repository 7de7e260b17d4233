import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cnnindonesia.com/ekonomi/20230403101233-92-932742/kripto-kebakaran-pagi-ini-dogecoin-paling-loyo/amp',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Kripto Kebakaran Pagi Ini, Dogecoin Paling Loyo',
    blocks: [
      'Kripto Kebakaran Pagi Ini, Dogecoin Paling Loyo',
      'Sepuluh aset kripto dengan kapitalisasi pasar terbesar merah pada Senin (3/4) pagi ini. Pelemahan terbesar dialami dogecoin.',
      'Mengutip coinmarketcap.com, harga dogecoin anjlok 8,06 persen ke US$0,0774 per keping dalam sehari. Namun, dalam sepekan, harga koin berlambang anjing Shiba Inu ini masih menguat 4,88 persen.',
      'Pelemahan juga dialami oleh bitcoin sebesar 2,73 persen ke US$27.697 per koin. Dalam sepekan, aset kripto dengan kapitalisasi pasar terbesar ini merosot US$0,64 persen.',
      'Harga ethereum juga merosot 2,28 persen ke US$1.776,14 per koin. Tetapi, ethereum naik 0,62 persen sejak tujuh hari terakhir.',
      'Selanjutnya, harga polygon turun 2,32 persen dalam 24 jam terakhir ke US$1,08 per koin. Polygon melandai 0,98 persen dalam sepekan.',
      'Pelemahan juga dialami oleh solana sebesar 4,25 persen ke US$20,09 per keping. Dalam sepekan, harga solana turun 2,92 persen.',
      'Berikutnya, pelemahan dialami oleh XRP dan cardano masing-masing sebesar 0,84 persen dan 2,8 persen menjadi US$0,51 dan US$0,37 per koin. Senada, harga BNB juga turun 1,84 persen ke US$309,81 per keping.',
      'Sementara itu, tiga koin stabil dengan kapitalisasi pasar terbesar tetap di US$1 per keping. Ketiganya yakni tether, usd coin, dan binance usd.',
      'Pagi ini, kapitalisasi pasar aset kripto mencapai US$1,16 triliun secara global. Angka itu menanjak 2,38 persen dibandingkan kemarin.',
    ],
    expect: [
      o('US$0,0774', 0.0774),
      p('US$27.697', 27697),
      o('US$0,64', 0.64),
      o('US$1.776,14', 1776.14),
      o('US$1,08', 1.08),
      o('US$20,09', 20.09),
      o('US$0,51', 0.51),
      o('US$0,37', 0.37),
      o('US$309,81', 309.81),
      o('US$1', 1),
      o('US$1,16 triliun', 1.16e12),
    ],
  },
];
