import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://sultansehirgazetesi.com/haber/bitcoin-dibi-gordu-27058.html?amp=1',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin dibi gördü',
    blocks: [
      'Kripto yatırım aracı Bitcoin toparlanamıyor. 64 bin dolardan 29 bin dolara kadar inen Bitcoin bugün de sert satışlarla karşılaştı; Trump\'ın "Bitcoin bana sahtekarlık gibi görünüyor" sözleri satışları hızlandırdı.',
      {
        heading: 'HIZLA GÖRDÜĞÜ ZİRVEDEN YÜZDE 50 UZAKLAŞTI',
        text: 'Bitcoin güne 34 bin 449 dolardan başladı. Gün içinde en düşük 32 bin 469 dolar, en yüksek 34 bin 631 dolar seviyesini gördü.',
      },
    ],
    expect: [
      p('64 bin dolardan', 64000),
      p('29 bin dolara', 29000),
      p('34 bin 449 dolardan', 34449),
      p('32 bin 469 dolar', 32469),
      p('34 bin 631 dolar', 34631),
    ],
  },
];
