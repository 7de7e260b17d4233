import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gicindonesia.com/jurnal/blockchain/market-cap-crypto/',
    lang: 'id',
    tags: ['prose', 'label-value', 'format'],
    blocks: [
      {
        text: 'Tidak peduli bagaimana pasokan cryptocurrency dialokasikan, formula Market Cap selalu sama. Kalikan harga setiap token dengan jumlah koin yang beredar. Dalam kasus Bitcoin, itu adalah sebagai berikut: Harga Bitcoin (BTC) $21.661 x suplai yang beredar 19,102 juta = sekitar $414,2 miliar',
        heading: 'Apa itu Market Cap Crypto?',
      },
      'Rata-rata, ada 900 bitcoin baru yang ditambang setiap hari, hingga total pasokan Bitcoin mencapai 21 juta.',
    ],
    expect: [p('$21.661', 21661), o('$414,2 miliar', 414.2e9)],
  },
];
