import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pocketoption.com/blog/tr/knowledge-base/markets/what-will-bitcoin-be-worth-in-2030',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: "Pocket Option, Bitcoin'in 2030'da Ne Kadar Değerinde Olacağını İnceliyor",
    blocks: [
      '2030’da Bitcoin Ne Kadar Değerli Olacak: Matematiksel Analiz ve Tahmin Modelleri',
      {
        text: 'Bitcoin Fiyat Tahmininin Matematiksel Temelleri',
        heading: 'Bitcoin Fiyat Tahmininin Matematiksel Temelleri',
      },
      {
        text: 'Geçmiş bu karmaşıklığı doğruluyor: 2013’te standart regresyon modelleri Bitcoin’in 2017’de 500 $ olacağını öngörüyordu (20.000 $’a ulaştı); 2017’de benzer modeller 2021 için 100.000 $ tahmin ederek fazla iyimser kaldı (yaklaşık 69.000 $’a ulaştı). Bu yüzden kurumsal yatırımcılar, Bitcoin’in 2030’a kadar 2-5 trilyon dolarlık piyasa değeri senaryolarını birden fazla yaklaşımı birleştirerek modelliyor.',
        heading: 'Bitcoin Fiyat Tahmininin Matematiksel Temelleri',
      },
    ],
    expect: [
      p('500 $', 500),
      p('20.000 $', 20000),
      p('100.000 $', 100000),
      p('69.000 $', 69000),
      o('2', 2e12),
      o('5 trilyon dolar', 5e12),
    ],
  },
];
