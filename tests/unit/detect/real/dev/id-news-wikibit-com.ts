import { c, p, type RealCase } from '../labels';

// Indonesian crypto news: JPMorgan's production cost per coin falling, the same number then named as Bitcoin's possible floor, and a second cost estimate.
export const cases: RealCase[] = [
  {
    url: 'https://news.wikibit.com/id/202207256754368605.html',
    lang: 'id',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Ahli strategi JPMorgan mungkin baru saja menyebut harga terendah Bitcoin, sementara yang lain menilai rasa sakit masih akan berlanjut.',
      'Dalam laporan terbarunya, bank investasi JPMorgan memperkirakan biaya produksi untuk menambang satu Bitcoin telah turun dari $24.000 pada awal Juni menjadi hanya $13.000.',
      'Biaya produksi Bitcoin adalah perkiraan biaya rata-rata untuk menambang satu Bitcoin per hari. Selama harga bertahan di atas biaya ini, operasi penambangan tetap menguntungkan.',
      'Menurut bank yang berbasis di New York itu, dasar Bitcoin bisa serendah $ 13.000.',
      'Namun, metrik lain melukiskan gambaran yang sedikit berbeda. Menurut data MacroMicro, misalnya, biaya produksi masih berkisar di atas $17.700.',
    ],
    expect: [c('$24.000', 24000), c('$13.000', 13000), p('$ 13.000', 13000), c('$17.700', 17700)],
  },
];
