import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coindesk.id/berita/micro-strategy-kembali-borong-1-045-btc-senilai-rp437-6-miliar',
    lang: 'id',
    tags: ['prose', 'format'],
    title: 'Micro Strategy Kembali Borong 1.045 BTC Senilai Rp437,6 Miliar',
    blocks: [
      'MicroStrategy mengumumkan pembelian kembali 1.045 bitcoin senilai USD29,3 juta atau sekitar Rp437,6 miliar dengan harga rata-rata USD28.016 atau setara Rp418,4 juta selama periode 24 Maret-4 April.',
      'Ini meningkatkan total kepemilikan bitcoin perusahaan menjadi 140.000 keping yang bernilai sekitar USD4 miliar atau sekitar Rp59,7 triliun, menjadikannya perusahaan publik dengan simpanan bitcoin terbesar di dunia.',
      'Harga pembelian rata-rata keseluruhan untuk kepemilikan bitcoin MicroStrategy saat ini adalah sebesar USD29.803 per BTC atau sekitar Rp444,8 juta, turun dari rata-rata pembelian sebelumnya sebesar USD29.817 atau setara Rp445 juta.',
      'Pada 27 Maret, MicroStrategy mengungkapkan telah melunasi pinjaman ke Silvergate yang bangkrut dan membeli 6.455 bitcoin seharga USD161 juta atau setara Rp2,4 triliun selama lima pekan sebelumnya, menurut laporan CoinDesk.',
    ],
    expect: [
      o('USD29,3 juta', 29.3e6),
      o('Rp437,6 miliar', 437.6e9, 'IDR'),
      p('USD28.016', 28016),
      p('Rp418,4 juta', 418.4e6, 'IDR'),
      o('USD4 miliar', 4e9),
      o('Rp59,7 triliun', 59.7e12, 'IDR'),
      p('USD29.803', 29803),
      p('Rp444,8 juta', 444.8e6, 'IDR'),
      p('USD29.817', 29817),
      p('Rp445 juta', 445e6, 'IDR'),
      o('USD161 juta', 161e6),
      o('Rp2,4 triliun', 2.4e12, 'IDR'),
    ],
  },
];
