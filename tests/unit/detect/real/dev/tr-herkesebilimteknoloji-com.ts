import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.herkesebilimteknoloji.com/yazarlar/tanol-turkoglu/dijital-para-yapmak-bitcoin',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Dijital para yapmak: Bitcoin!',
    blocks: [
      'Dijital para yapmak: Bitcoin!',
      'Sekiz yıl önce sadece 40 liralık bir yatırım yapmış olsaydınız, bugün en iyi şartlarda kaç liranız olurdu? Dört yüz lira? Dört bin lira? 40 küsur milyon liraya ne dersiniz? Yanlış okumadınız; bir koyup milyon alınan bir yatırım. İşte size bitcoin!',
      'Kristoffer Koch o dönemde kriptoloji üzerine tez yazmasaydı belki de 27 dolar (o zamanın kuruyla 40 lira) değerinde beş bin bitcoin satın almayacaktı. Bugün bir bitcoinin değeri 2 bin 500 dolar seviyesinde olduğuna göre, yaklaşık 12,5 milyon dolarlık bir servete ulaşamayacaktı.',
    ],
    expect: [
      o('40 liralık', 40, 'TRY'),
      o('Dört yüz lira', 400, 'TRY'),
      o('Dört bin lira', 4000, 'TRY'),
      o('40 küsur milyon liraya', 40e6, 'TRY'),
      o('27 dolar', 27),
      o('40 lira', 40, 'TRY'),
      p('2 bin 500 dolar', 2500),
      o('12,5 milyon dolarlık', 12.5e6),
    ],
  },
];
