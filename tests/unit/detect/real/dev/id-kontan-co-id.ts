import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://amp.kontan.co.id/news/5-mata-uang-kripto-paling-tenar-saat-ini-bitcoin-di-posisi-teratas?page=1',
    lang: 'id',
    tags: ['prose', 'format'],
    title: '5 Mata uang kripto paling tenar saat ini, Bitcoin di posisi teratas',
    blocks: [
      '5 Mata uang kripto paling tenar saat ini, Bitcoin di posisi teratas',
      {
        text: 'Bitcoin masih menjadi mata uang kripto paling populer di dunia. Kapitalisasi pasarnya saat ini mencapai hampir US$ 1,1 triliun. Jika Bitcoin adalah sebuah perusahaan, maka itu akan lebih besar dari Meta Platform (sebelumnya dikenal sebagai Facebook) dan Tesla.',
        heading: '1. Bitcoin',
      },
      {
        text: 'Ethereum menempati peringkat No. 2 dengan jarak nilai kapitalisasi yang agak jauh dari Bitcoin dalam daftar cryptocurrency paling populer. Kapitalisasi pasarnya berkisar sekitar US$ 500 miliar, kurang dari setengah ukuran Bitcoin.',
        heading: '2. Ethereum',
      },
    ],
    expect: [o('US$ 1,1 triliun', 1.1e12), o('US$ 500 miliar', 500e9)],
  },
];
