import { o, p, type RealCase } from '../labels';

// Turkish hardware news: Ethereum levels that drove GPU mining, Bitcoin's record, a CPU's daily earnings.
export const cases: RealCase[] = [
  {
    url: 'https://bilecikte-indirim.com.tr/once-ekran-karti-simdi-islemci-madencilik-tekrar-mi-basliyor',
    lang: 'tr',
    tags: ['prose'],
    title: 'Önce ekran kartı şimdi işlemci: Madencilik tekrar mı başlıyor?',
    blocks: [
      'Kaçıranlar için kripto para madenciliği Ethereum’un 1000 dolar üzerine çıkması ile başladı. Ardından ekran kartlarına yatırım yapılarak, başka bir tabirle “kripto madenleri” kuruldu. Ancak 2022’ye kadar süren bu trend, Ethereum’un 1800 dolar civarlarına düşmesiyle yavaş yavaş sonlandı.',
      'Günümüzde ise Bitcoin’in tüm zamanların en yüksek değeri olan 70.000 doları aşmasıyla madencilik seslerini tekrar duymaya başladık. Ancak bu sefer farklı şekilde. Özellikle son raporlar, 100W altı güç tüketimi ile dikkat çeken 16 çekirdekli Ryzen 7950X’in Qubic madenciliği özelinde günde 3 dolar getiri sağladığını gösteriyor.',
    ],
    expect: [o('1000 dolar', 1000), o('1800 dolar', 1800), p('70.000 doları', 70000), o('3 dolar', 3)],
  },
];
