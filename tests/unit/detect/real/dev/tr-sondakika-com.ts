import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.sondakika.com/haber/haber-bist-100-endeksi-gunu-12-369-89-dan-kapatti-19463084/',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'BIST 100 endeksi günü 12.369,89’dan kapattı',
    blocks: [
      'Borsa İstanbul’da BIST 100 endeksi, 15,72 puan azalarak 12.369,89 puandan kapandı.',
      'Altının ons fiyatı 4 bin 609 dolar',
      'Altının onsu, uluslararası piyasalarda saat 18.30 itibarıyla 4 bin 609 dolardan işlem görüyor. Borsa İstanbul Altın Piyasası’nda standart altının kilogram fiyatı, önceki kapanışa göre yüzde 1,5 artışla 6 milyon 500 bin lira oldu.',
      'Türkiye Cumhuriyet Merkez Bankası (TCMB), doların bugünkü efektif kurunu alışta 43,0623, satışta 43,2348 lira olarak açıkladı. TCMB, önceki efektif kurunu alışta 43,0464, satışta 43,2189 lira olarak belirlemişti.',
      'Londra Brent tipi ham petrolün varili, yüzde 0,7 artışla 65,5 dolardan işlem görüyor.',
    ],
    expect: [
      o('4 bin 609 dolar', 4609),
      o('4 bin 609 dolardan', 4609),
      o('6 milyon 500 bin lira', 6.5e6, 'TRY'),
      o('43,0623', 43.0623, 'TRY'),
      o('43,2348 lira', 43.2348, 'TRY'),
      o('43,0464', 43.0464, 'TRY'),
      o('43,2189 lira', 43.2189, 'TRY'),
      o('65,5 dolardan', 65.5),
    ],
  },
];
