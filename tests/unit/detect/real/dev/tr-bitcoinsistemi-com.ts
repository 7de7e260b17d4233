import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinsistemi.com/?p=191581',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'Lider kripto para Bitcoin (BTC) hafta sonundaki sert düşüşle 74.500 dolara kadar indi, ardından toparlanarak 78.400 dolar seviyesine çıktı.',
      'ABD merkezli yatırım bankası Compass Point, kripto piyasasının ayı piyasasının son aşamasında olduğunu ve Bitcoin’in muhtemelen 60.000 dolar civarında dip yapacağını savundu. Analistler Ed Engel ve Michael Donovan’a göre hisse senetlerinde geniş bir ayı piyasası yaşanmazsa BTC 60.000- 68.000 dolar arasında dipleyecek.',
      'Direnç olarak 81.000 ila 83.000 dolar bölgesini gösteren analistler, 70.000 ila 80.000 dolar arasında bir hava boşluğu oluştuğu ve 70.000 doların üzerinde yapısal desteğin sınırlı kaldığı uyarısını yaptı.',
    ],
    expect: [
      p('74.500 dolara', 74500),
      p('78.400 dolar', 78400),
      p('60.000 dolar', 60000),
      p('60.000', 60000),
      p('68.000 dolar', 68000),
      p('81.000', 81000),
      p('83.000 dolar', 83000),
      p('70.000', 70000),
      p('80.000 dolar', 80000),
      p('70.000 doların', 70000),
    ],
  },
];
