import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ieconomy.io/bitcoinin-realize-edilmis-degeri-400-milyar-dolari-asti',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title: "Bitcoin'in Realize Edilmiş Değeri 400 Milyar Doları Aştı",
    blocks: [
      "Bitcoin'in Realize Edilmiş Değeri 400 Milyar Doları Aştı",
      "Bitcoin'in realize edilmiş değeri 400 milyar doları geride bıraktı; lider kripto her gün yeni bir rekor kırıyor.",
      'Fiyat yükselirken “realize edilmiş” fiyat ve piyasa değeri de tırmanıyor. Glassnode’a göre realize edilmiş fiyat 21 bin 200 doları aşarak rekor tazeledi.',
    ],
    expect: [o('400 Milyar Doları', 400e9), o('400 milyar doları', 400e9), p('21 bin 200 doları', 21200)],
  },
];
