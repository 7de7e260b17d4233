import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://teknoblog.com/bitcoin-degeri-10-bin-dolar',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'Dijital para birimi Bitcoin rekorlarına yenilerini eklemeye devam ediyor. 2008’de ortaya çıkan dijital paranın değeri ilk kez 10 bin doların üzerine çıktı. 10 bin doları aştıktan sonra da durmayan dijital para, 11 bin sınırını zorluyor. Bu satırların yazıldığı sırada Bitcoin 10 bin 910 dolar seviyesinde işlem görüyor.',
      '2017’ye 968.23 dolardan başlayan para birimi, o günden bu yana yüzde 933 değer kazandı.',
      {
        heading: 'Toplam Bitcoin değeri 180 milyar dolar seviyesinde',
        text: 'BitInfoCharts verilerine göre dolaşımdaki toplam Bitcoin değeri 180 milyar dolar dolaylarında; bu rakam pek çok şirketin piyasa değerini geride bırakıyor.',
      },
    ],
    expect: [
      p('10 bin doların', 10000),
      p('10 bin doları', 10000),
      p('10 bin 910 dolar', 10910),
      p('968.23 dolardan', 968.23),
      o('180 milyar dolar', 180e9),
    ],
  },
];
