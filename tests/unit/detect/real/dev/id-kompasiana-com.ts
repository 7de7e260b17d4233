import { o, p, type RealCase } from '../labels';

// Kompasiana repost of KompasTekno (2017): "per keping" levels, the gold price per troy ounce and the market cap in dollars and rupiah triliun.
export const cases: RealCase[] = [
  {
    url: 'https://kompasiana.com/kompascom/59213063789373154287a7ef/harga-bitcoin-tembus-rp-26-juta-per-keping?page=1&page_images=3',
    lang: 'id',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Harga Bitcoin Tembus Rp 26 Juta per Keping',
    blocks: [
      'Harga Bitcoin Tembus Rp 26 Juta per Keping',
      'KOMPAS.com - Harga mata uang virtual Bitcoin terus merangkak naik. Akhir pekan ini, nilai sekeping Bitcoin tercatat sudah menembus kisaran 2.000 dollar AS atau lebih dari Rp 26 juta di sejumlah bursa seperti Coinbase dan Kraken.',
      'Nilai tersebut adalah yang tertinggi selama ini. Sebelumnya, pada Maret lalu, Bitcoin sudah melewati harga emas yang ketika itu sebesar 1.236 dollar AS per troy ounce.',
      'Dengan harga 2.000 dollar per keping, total nilai Bitcoin yang beredar (market cap) berada di kisaran 32,92 miliar dollar AS atau lebih dari Rp 438 triliun, seperti dirangkum KompasTekno dari TechCrunch, Minggu (21/5/2017).',
      'Namun, nilai Bitcoin dikenal sering berfluktuasi tajam karena tidak diatur otoritas seperti bank sentral. Mata uang virtual ini pertama kali menembus harga 1.000 dollar AS pada 2013.',
      'Tak lama kemudian, antara lain karena bangkrutnya bursa terbesar Mount Gox, nilainya terjun bebas hingga hanya 400 dollar AS per keping.',
      'Bitcoin kembali menyentuh kisaran 1.000 dollar AS pada akhir tahun lalu dan sejak itu cenderung terus naik.',
    ],
    expect: [
      p('Rp 26 Juta', 26000000, 'IDR'),
      p('2.000 dollar AS', 2000),
      p('Rp 26 juta', 26000000, 'IDR'),
      o('1.236 dollar AS', 1236),
      p('2.000 dollar', 2000),
      o('32,92 miliar dollar AS', 32920000000),
      o('Rp 438 triliun', 438000000000000, 'IDR'),
      p('1.000 dollar AS', 1000),
      p('400 dollar AS', 400),
      p('1.000 dollar AS', 1000),
    ],
  },
];
