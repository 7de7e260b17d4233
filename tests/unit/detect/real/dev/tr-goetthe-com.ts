import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://goetthe.com/goetthe/guney-korede-xrp-coin-ve-bu-4-kripto-patlama-yasiyor',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Güney Kore’de XRP coin ve bu 4 kripto patlama yaşıyor',
    blocks: [
      'CoinGecko verilerine göre Güney Koreli Upbit’in işlem hacmi 15 Aralık’ta 4,23 milyar dolara inerek bir önceki güne göre %17 azaldı. Kore wonu piyasasında XRP/KRW çifti %29,9’luk payla ilk sırada yer aldı.',
      {
        heading: 'Güney Kore’de XRP coin, BTC, ENS dikkat çekti',
        text: 'XRP şu anda yüzde 0.13 düşüşle 2.43 dolardan el değiştiriyor; yatırımcılar yakında 3 dolarlık beklentilerini saklamıyor. Ethereum Name Service (ENS) ise yüzde 3.8 yükselişte. Coin şu anda 43.89 dolardan işlem görüyor.',
      },
      {
        heading: 'Güney Kore’de XRP coin, BTC, ENS dikkat çekti',
        text: 'BORA yüzde 24.04 yükselişle günün yıldızı oldu ve yazım sırasında 0.1909 dolardan el değiştiriyor. UXLINK de yüzde 12.5 artışla 0.80 dolardan işlem görüyor.',
      },
      {
        heading: 'Güney Kore’de XRP coin, BTC, ENS dikkat çekti',
        text: 'Son olarak lider kripto para Bitcoin de fiyat hareketiyle öne çıkıyor. Coin, tüm zamanların zirvesine oldukça yakın; ancak şu anda 102.802 dolardan el değiştiriyor.',
      },
    ],
    expect: [
      o('4,23 milyar dolara', 4.23e9),
      o('2.43 dolardan', 2.43),
      o('3 dolarlık', 3),
      o('43.89 dolardan', 43.89),
      o('0.1909 dolardan', 0.1909),
      o('0.80 dolardan', 0.8),
      p('102.802 dolardan', 102802),
    ],
  },
];
