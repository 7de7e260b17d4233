import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dergidir.com/bitcoinin-fiyat-gecmisinin-bir-ozeti/',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin’in Fiyat Geçmişinin Bir Özeti',
    blocks: [
      'Bitcoin’in Fiyat Geçmişinin Bir Özeti',
      { text: 'Kısa Özet', heading: 'Kısa Özet' },
      {
        text: 'Bitcoin, 2009’da ortaya çıktığından beri beş büyük fiyat zirvesi gördü. Kripto para şimdiye kadar yaklaşık 64.000 USD’lik rekor seviyeye ulaştı ve benimsenmesi artmaya devam ediyor. Yol boyunca siyasi, ekonomik ve düzenleyici olaylara sık sık sert tepkiler verdi.',
        heading: 'Kısa Özet',
      },
      {
        text: 'Bitcoin yılda ortalama %200 büyüdü. Ağustos 2021 itibarıyla piyasa değeri yaklaşık 710.000.000.000 USD, kripto piyasasındaki hakimiyeti ise %50’nin biraz altında.',
        heading: 'Kısa Özet',
      },
    ],
    expect: [p('64.000 USD', 64000), o('710.000.000.000 USD', 7.1e11)],
  },
];
