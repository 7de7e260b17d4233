import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://voi.id/teknologi/260012/penyebab-harga-bitcoin-anjlok-sebesar-rp18-jutaan-hanya-dalam-waktu-30-menit',
    lang: 'id',
    tags: ['change', 'format', 'prose'],
    title: 'Penyebab Harga Bitcoin Anjlok Sebesar Rp18 Jutaan Hanya dalam Waktu 30 Menit',
    blocks: [
      'JAKARTA - Harga Bitcoin turun lebih dari 5 persen dalam waktu 60 menit dari 23.500 dolar AS (Rp359 jutaan) menjadi 22.240 dolar AS (Rp340 juta), menyusul gelombang ketidakpastian seputar Silvergate Capital, bank yang dikenal ramah terhadap kripto.',
      'Menurut Cointelegraph Markets Pro, penurunan harga itu memangkas total kapitalisasi pasar Bitcoin sebesar 22 miliar dolar AS (Rp336 triliun), menjadi 430,9 miliar dolar AS (Rp6,5 kuadriliun). Mata uang kripto lain seperti Eth (ETH), XRP (XRP), Cardano (ADA) dan Polygon (MATIC) juga turun tajam. Bahkan, Bitcoin sendiri baru saja turun sebesar 1.200 dolar AS (Rp18,3 jutaan) dalam waktu kurang dari 30 menit.',
      '“Eth (ETH), XRP (XRP), Cardano (ADA) dan Polygon (MATIC), dan mata uang kripto non-Bitcoin lainnya juga mengalami penurunan tajam yang serupa. Bitcoin baru saja turun 1200 dolar AS dalam waktu kurang dari 30 menit,” tulis pengamat kripto Scott Melker melalui akun Twitternya, 3 Maret 2023.',
    ],
    expect: [
      p('23.500 dolar AS', 23500),
      p('Rp359 jutaan', 359e6, 'IDR'),
      p('22.240 dolar AS', 22240),
      p('Rp340 juta', 340e6, 'IDR'),
      o('22 miliar dolar AS', 22e9),
      o('Rp336 triliun', 336e12, 'IDR'),
      o('430,9 miliar dolar AS', 430.9e9),
      o('Rp6,5 kuadriliun', 6.5e15, 'IDR'),
      o('1.200 dolar AS', 1200),
      o('Rp18,3 jutaan', 18.3e6, 'IDR'),
      o('1200 dolar AS', 1200),
    ],
  },
  {
    url: 'https://voi.id/amp/87468/mulai-panik-harga-bitcoin-jatuh-di-bawah-40-ribu-dolar-as-altcoin-ikut-nyungsep',
    lang: 'id',
    tags: ['format', 'prose'],
    title: 'Mulai Panik, Harga Bitcoin Jatuh di Bawah 40 Ribu Dolar AS, Altcoin Ikut Nyungsep',
    blocks: [
      'JAKARTA – Harga Bitcoin (BTC) turun ke level di bawah 40 ribu dolar AS. Penurunan ini memicu anjloknya harga altcoin, termasuk kripto unggulan seperti Ethereum (ETH), Cardano (ADA), Ripple (XRP), Solana (SOL) dan lainnya.',
      'Menurut laporan CoinGecko, Bitcoin turun 1,4 persen dalam 24 jam dan anjlok 10,4 persen dalam sepekan terakhir. Pada 21 September pukul 18:04, BTC diperdagangkan di harga Rp621 juta. Pada hari Selasa 22 September pukul 06:50, Bitcoin berada di harga Rp573 jutaan.',
      'Sedangkan Ethereum turun 4,2 persen dalam 24 jam dan anjlok 14,8 persen dalam satu pekan terakhir, ETH jatuh ke harga Rp41 jutaan. Cardano juga turun 12,9 persen, harga ADA turun ke Rp29 ribuan. XRP dan SOL juga merosot ke harga Rp13 ribuan dan Rp1,8 jutaan.',
      'Cointelegraph menyebut penurunan ini yang pertama dalam enam pekan. Waktu itu BTC melenggang ke harga 50 ribu dolar AS atau setara Rp711 jutaan sejak 7 September lalu.',
    ],
    expect: [
      p('40 ribu dolar AS', 40000),
      p('Rp621 juta', 621e6, 'IDR'),
      p('Rp573 jutaan', 573e6, 'IDR'),
      o('Rp41 jutaan', 41e6, 'IDR'),
      o('Rp29 ribuan', 29000, 'IDR'),
      o('Rp13 ribuan', 13000, 'IDR'),
      o('Rp1,8 jutaan', 1.8e6, 'IDR'),
      p('50 ribu dolar AS', 50000),
      p('Rp711 jutaan', 711e6, 'IDR'),
    ],
  },
];
