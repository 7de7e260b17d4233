import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptocurrencyindo.com/2022/06/19/harga-bitcoin-terus-menerus-turun/',
    lang: 'id',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Harga Bitcoin kembali melanjutkan tren penurunan pada beberapa hari belakangan ini. Harga mata uang kripto yang satu ini bahkan menembus ke bawah USD19,000, pertama kalinya sejak Desember 2020. Sementara itu, Ether mencatatkan penurunan harga ke bawah USD1,000, titik terendahnya sejak Januari 2021.',
      {
        heading: 'Penurunan Drastis Harga Bitcoin',
        text: 'Berdasarkan statistik yang ada, harga mata uang kripto yang satu ini turun lebih dari 9% dalam kurun 24 jam terakhir ke titik USD18,642.22. Terakhir kali BTC mencapai titik ini adalah pada bulan Desember 2020.',
      },
      {
        heading: 'Ether Turun Seiring Penurunan Harga Bitcoin',
        text: 'Penurunan harga Bitcoin berdampak luas terhadap mata uang lainnya. Ether, token kripto terbesar kedua, misalnya turun 10.54% ke titik USD963.22.',
      },
      {
        heading: 'Terjadi Secara Luas',
        text: 'Kami memantau bahwa mata uang kripto secara keseluruhan mengalami kejatuhan harga lebih dari USD60 miliar dari 2 token utama dalam 1 bulan terakhir.',
      },
    ],
    expect: [
      p('USD19,000', 19000),
      o('USD1,000', 1000),
      p('USD18,642.22', 18642.22),
      o('USD963.22', 963.22),
      o('USD60 miliar', 60e9),
    ],
  },
];
