import { o, p, type RealCase } from '../labels';

// The page itself misconverts two amounts ("Rp1 triliun" for one BTC, "Rp482,39 juta" for a market cap);
// they are labelled as written.
export const cases: RealCase[] = [
  {
    url: 'https://alinea.id/amp/bisnis/musim-dingin-kripto-musiman-atau-bakal-berkepanjangan-b2flA9EuL',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Musim dingin kripto, musiman atau bakal berkepanjangan?',
    blocks: [
      'Bitcoin (BTC) dan Ethereum (ETH), dua mata uang kripto paling populer di dunia, mencapai puncak harga tertingginya pada 9 November 2021. Keduanya menguat bersama cryptocurrency lainnya. Bersamaan dengan itu, kapitalisasi pasar (market cap) mata uang kripto sempat mencapai rekor tertinggi sepanjang sejarah, yakni US$2,946 triliun.',
      'Mengutip CoinMarketCap, pada perdagangan Selasa (9/11/2021) harga Bitcoin sempat berada di kisaran US$68.530 per keping atau sekitar Rp1 triliun (kurs Rp14.730). Sedangkan Ethereum sempat mencapai US$4.812 per keping atau sekitar Rp70,9 juta pada perdagangan Senin (8/11/2021).',
      'Ironisnya, hanya beberapa jam kemudian harga koin-koin tersebut terjerembab, sehingga total kapitalisasi pasar mata uang kripto ikut susut. Tepat 24 jam setelahnya, pada perdagangan 10 November 2021, total kapitalisasi pasar mata uang kripto hanya mencapai US$2,893 triliun.',
      'Alih-alih membaik, tren penurunan terus terjadi hingga perdagangan Jumat (17/6/2022). Pada hari itu total kapitalisasi pasar mata uang kripto anjlok hingga hanya US$885,37 miliar atau setara dengan Rp482,39 juta, setelah sehari sebelumnya sempat menguat hingga US$960,31 miliar.',
      'Adapun harga tertinggi Bitcoin pada perdagangan Kamis (16/6) mencapai US$22.868,92 atau sekitar Rp336,86 juta. Bahkan, Bitcoin turun 9% menjadi USS19.217,81 dolar AS pada Sabtu (18/6), menurut data Coin Metrics. Ini adalah kejatuhan terdalam BTC setelah Desember 2020.',
    ],
    expect: [
      o('US$2,946 triliun', 2.946e12),
      p('US$68.530', 68530),
      p('Rp1 triliun', 1e12, 'IDR'),
      o('Rp14.730', 14730, 'IDR'),
      o('US$4.812', 4812),
      o('Rp70,9 juta', 70.9e6, 'IDR'),
      o('US$2,893 triliun', 2.893e12),
      o('US$885,37 miliar', 885.37e9),
      o('Rp482,39 juta', 482.39e6, 'IDR'),
      o('US$960,31 miliar', 960.31e9),
      p('US$22.868,92', 22868.92),
      p('Rp336,86 juta', 336.86e6, 'IDR'),
      p('USS19.217,81 dolar AS', 19217.81),
    ],
  },
];
