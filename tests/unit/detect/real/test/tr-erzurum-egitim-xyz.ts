import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://erzurum-egitim.xyz/bu-model-tekrarlanirsa-bitcoin-o-diplere-dusebilir/',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title: 'Bu model tekrarlanırsa Bitcoin o diplere düşebilir',
    blocks: [
      'Bitcoin fiyatı gün içinde %1.9 gerileyerek yazım sırasında 27.500 dolar civarında işlem görüyor. Hafta içinde bir ara 28.800 dolara kadar çıksa da bir haftadan uzun süredir altında kaldığı trend çizgisini aşamadı.',
      'Bu tür bir model, yeni zirvelerin ardından olası bir düşüş trendine işaret ediyor; BTC’de yılın şimdiye kadarki en yüksek seviyesi 28.321 dolardı.',
      'Bitcoin fiyatı 27.000 dolar destek hattının altına inerse düşüş eğilimi tam olarak teyit edilecek. Şubat’taki sapmada BTC destek hattından 23.500 dolara düşmüştü. Benzer bir hareket yaşanırsa fiyat 23.000 dolara kadar inebilir.',
      {
        heading: '23.000 dolar BTC için neden önemli?',
        text: '23.000 dolar kritik bir destek. 23.936 dolara kadar eriyen BTC, oradan 22.000 doları test etmek üzere serbest düşüşe geçebilir; ayılar piyasayı ele geçirirse Mart dibi olan 20.000 dolar yeniden gündeme gelir.',
      },
      'Öte yandan fiyat trend çizgisini yukarı geçerse, kritik direnç 28.567 dolarda sınanacak.',
    ],
    expect: [
      p('27.500 dolar', 27500),
      p('28.800 dolara', 28800),
      p('28.321 dolardı', 28321),
      p('27.000 dolar', 27000),
      p('23.500 dolara', 23500),
      p('23.000 dolara', 23000),
      p('23.000 dolar', 23000),
      p('23.936 dolara', 23936),
      p('22.000 doları', 22000),
      p('20.000 dolar', 20000),
      p('28.567 dolarda', 28567),
    ],
  },
];
