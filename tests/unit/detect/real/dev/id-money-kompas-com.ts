import { o, p, type RealCase } from '../labels';

// Kompas Money: headline and body give the one-day drop in rupiah; levels are "dollar AS" with "setara Rp … juta" and a "juta-an" suffix.
export const cases: RealCase[] = [
  {
    url: 'https://money.kompas.com/read/2021/05/20/092320726/ini-penyebab-harga-bitcoin-anjlok-rp-812-juta-dalam-sehari',
    lang: 'id',
    tags: ['prose', 'change', 'format', 'anaphora'],
    title: 'Ini Penyebab Harga Bitcoin Anjlok Rp 81,2 Juta dalam Sehari',
    blocks: [
      'Ini Penyebab Harga Bitcoin Anjlok Rp 81,2 Juta dalam Sehari',
      'JAKARTA, KOMPAS.com - Harga aset kripto Bitcoin masih melanjutkan tren pelemahan pada Kamis (20/5/2021) pagi. Mengacu data Coinmarketcap pukul 08.20 WIB, harga Bitcoin melemah 13,6 persen dalam 24 jam ke level 35.920 dollar AS atau setara Rp 513,6 juta (asumsi kurs Rp 14.300).',
      'Pada sesi perdagangan Rabu (19/5/2021) pukul 08.20 WIB, harga Bitcoin berada di level 41.596 dollar AS atau setara Rp 594,8 juta.',
      'Dengan demikian, dalam kurun 1 hari harga aset kripto dengan valuasi terbesar itu telah merosot sekitar Rp 81,2 juta.',
      'Bahkan dalam sepekan ini, bitcoin sudah melorot ratusan juta rupiah. Pada 13 Mei 2021, bitcoin masih berada di atas 50.000 dollar AS atau sekitar Rp 715 juta-an.',
    ],
    expect: [
      o('Rp 81,2 Juta', 81200000, 'IDR'),
      p('35.920 dollar AS', 35920),
      p('Rp 513,6 juta', 513600000, 'IDR'),
      o('Rp 14.300', 14300, 'IDR'),
      p('41.596 dollar AS', 41596),
      p('Rp 594,8 juta', 594800000, 'IDR'),
      o('Rp 81,2 juta', 81200000, 'IDR'),
      p('50.000 dollar AS', 50000),
      p('Rp 715 juta-an', 715000000, 'IDR'),
    ],
  },
];
