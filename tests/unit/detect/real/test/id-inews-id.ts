import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.inews.id/finance/keuangan/harga-bitcoin-anjlok-kapitalisasi-pasar-kripto-menguap-rp3000-triliun-dalam-sehari',
    lang: 'id',
    tags: ['prose', 'change', 'format'],
    title: 'Harga Bitcoin Anjlok, Kapitalisasi Pasar Kripto Menguap Rp3.000 Triliun dalam Sehari',
    blocks: [
      'Harga Bitcoin Anjlok, Kapitalisasi Pasar Kripto Menguap Rp3.000 Triliun dalam Sehari',
      'LONDON, iNews.id - Bitcoin dan mata uang kripto lainnya anjlok cukup dalam. Penurunan harga itu membuat nilai kapitalisasi kripto menguap dalam sehari.',
      'Dikutip dari CNBC, Sabtu (24/4/2021), harga Bitcoin turun 7,3 persen ke 49.730 dolar AS. Kondisi ini untuk pertama kalinya kripto paling populer tersebut diperdagangkan di bawah level 50.000 dolar AS sejak Maret 2020.',
      'Situasi serupa dialami kripto-kripto lainnya. Harga Ethereum turun 8 persen ke 2.320 dolar AS sementara XRP, kripto terbesar kelima di dunia harganya anjlok 16 persen.',
      'Data dari CoinMarketCap menunjukkan, nilai kapitalisasi pasar kripto menguap lebih dari 200 miliar dolar AS atau sekitar Rp3.000 triliun.',
    ],
    expect: [
      o('Rp3.000 Triliun', 3e15, 'IDR'),
      p('49.730 dolar AS', 49730),
      p('50.000 dolar AS', 50000),
      o('2.320 dolar AS', 2320),
      o('200 miliar dolar AS', 200e9),
      o('Rp3.000 triliun', 3e15, 'IDR'),
    ],
  },
];
