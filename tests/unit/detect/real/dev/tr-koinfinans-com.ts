import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.koinfinans.com/scott-melker-bitcoin-icin-88-000-dolar-hedefi-verdi',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Scott Melker, Bitcoin için 88.000 dolar hedefi verdi',
    blocks: [
      'Tanınmış kripto analisti Scott Melker, 10 Nisan 2025’te X’te paylaştığı analizde Bitcoin‘in (BTC) 4 saatlik grafiğinde beliren “mükemmel çift dip” formasyonuna dikkat çekti ve Bitcoin için 88.000 dolarlık bir hedef koydu. Ali Martinez de 86.900 doların üzerinde bir kırılmanın yeni rallileri tetikleyebileceğini öne sürdü.',
      {
        heading: 'Bitcoin’in güncel durumu',
        text: 'CoinGecko verilerine göre Bitcoin haberin yazıldığı sırada 81.529,29 dolar seviyesinden işlem görüyor ve son 24 saatte %4,8 yükseldi. İşlem hacmi 68,46 milyar dolar olurken piyasa değeri 1,62 trilyon dolara ulaştı.',
      },
    ],
    expect: [
      p('88.000 dolarlık', 88000),
      p('86.900 doların', 86900),
      p('81.529,29 dolar', 81529.29),
      o('68,46 milyar dolar', 68.46e9),
      o('1,62 trilyon dolara', 1.62e12),
    ],
  },
];
