import { o, p, type RealCase } from '../labels';

// Indonesian regional news (2017): headline names a per-coin drop in rupiah; body gives "9.000 dolar" levels with rupiah conversions and a 2.000-dollar fall.
export const cases: RealCase[] = [
  {
    url: 'https://sukabumiupdate.com/bisnis/33441/nilai-bitcoin-anjlok-rp-33-juta-per-koin-dalam-semalam',
    lang: 'id',
    tags: ['prose', 'change', 'anaphora'],
    blocks: [
      'Nilai Bitcoin Anjlok Rp 33 Juta per Koin dalam Semalam',
      'SUKABUMIUPDATE.com - Bitcoin turun ke level terendah 9.000 dolar atau sekitar Rp 121 juta dalam perdagangan yang bergejolak pada Kamis, setelah kehilangan lebih dari seperlima nilainya sejak mencetak rekor tertinggi 11.395 dolar atau sekitar Rp 154 juta sehari sebelumnya.',
      'Mata uang kripto itu merosot 8 persen pada Kamis di bursa Bitstamp yang berbasis di Luksemburg hingga menyentuh persis 9.000 dolar, artinya jatuh lebih dari 2.000 dolar dalam waktu kurang dari 24 jam. Setelah itu harganya naik tipis ke kisaran 9.400 dolar pada jam berikutnya, masih turun sekitar 4 persen hari itu.',
    ],
    expect: [
      o('Rp 33 Juta', 33000000, 'IDR'),
      p('9.000 dolar', 9000),
      p('Rp 121 juta', 121000000, 'IDR'),
      p('11.395 dolar', 11395),
      p('Rp 154 juta', 154000000, 'IDR'),
      p('9.000 dolar', 9000),
      o('2.000 dolar', 2000),
      p('9.400 dolar', 9400),
    ],
  },
];
