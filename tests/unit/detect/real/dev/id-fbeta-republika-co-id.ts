import { o, p, type RealCase } from '../labels';

// 'dolar AS' after the number, 'ribu' as the thousands word ('20 ribu dolar AS'), 'miliar' totals, and daily gains
// ('bertambah 922 dolar AS') beside the levels.
export const cases: RealCase[] = [
  {
    url: 'https://fbeta.republika.co.id/berita/p3q1ut383/bitcoin-anjlok-ke-posisi-di-bawah-6000-dolar-as',
    lang: 'id',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Anjlok ke Posisi di Bawah 6.000 Dolar AS',
    blocks: [
      'REPUBLIKA.CO.ID, LONDON -- Bitcoin kembali anjlok 13 persen menjadi di bawah 6.000 dolar AS pada Selasa (6/2), sehingga kerugian mata uang kripto paling terkenal di dunia itu sejak awal 2018 menjadi lebih dari separuh.',
      'Mata uang virtual tersebut sempat memuncak di hampir 20 ribu dolar AS pada Desember. Di bursa Bitstamp yang berbasis di Luksemburg, Bitcoin turun ke level 5.920 dolar AS, terendah sejak pertengahan November, sebelum sedikit pulih.',
      'Menurut Bloomberg, pada Januari 2018 penurunan Bitcoin menimbulkan kerugian 44,2 miliar dolar AS dari 200 miliar dolar AS nilai pasar yang tercipta sepanjang tahun lalu.',
    ],
    expect: [
      p('6.000 dolar AS', 6000),
      p('20 ribu dolar AS', 20000),
      p('5.920 dolar AS', 5920),
      o('44,2 miliar dolar AS', 44.2e9),
      o('200 miliar dolar AS', 200e9),
    ],
  },
  {
    url: 'https://fbeta.republika.co.id/berita/rogt4u370/harga-bitcoin-di-akhir-pekan-capai-20-ribu-dolar-as',
    lang: 'id',
    tags: ['prose', 'change', 'format'],
    title: 'Harga Bitcoin di Akhir Pekan Capai 20 Ribu Dolar AS',
    blocks: [
      'REPUBLIKA.CO.ID, JAKARTA -- Nilai mata uang kripto Bitcoin naik pada Sabtu (14/1/2023) ke atas 20.000 dolar AS, untuk pertama kalinya dalam lebih dari dua bulan.',
      'Bitcoin, mata uang kripto terbesar dan paling dikenal di dunia, naik 4,6 persen menjadi 20.853 dolar AS pada pukul 0101 GMT hari Sabtu, bertambah 922 dolar AS dari penutupan sebelumnya.',
      'Nilai Bitcoin sudah naik 26,4 persen dari level terendah tahun ini di 16.496 dolar AS pada 1 Januari.',
      'Ether, koin jaringan blockchain ethereum, naik 5,91 persen menjadi 1.536,9 dolar AS pada Sabtu, bertambah 85,90 dolar AS dari penutupan sebelumnya.',
    ],
    expect: [
      p('20.000 dolar AS', 20000),
      p('20.853 dolar AS', 20853),
      o('922 dolar AS', 922),
      p('16.496 dolar AS', 16496),
      o('1.536,9 dolar AS', 1536.9),
      o('85,90 dolar AS', 85.9),
    ],
  },
];
