import { p, type RealCase } from '../labels';

// Turkish webmaster blog: 1 Bitcoin's value on two dates in "dolar".
export const cases: RealCase[] = [
  {
    url: 'http://www.webmasto.com/bitcoin-nedir-nasil-kazanilir-avantajlari-ve-dezavantajlari-nedir',
    lang: 'tr',
    tags: ['prose'],
    blocks: [
      'Şu an için daha çok bir yatırım aracı olarak görülen Bitcoinlerin yükseliş değerleri her geçen gün oldukça muazzam sonuçlar veriyor. 1 Ocak 2013 tarihinde 1 Bitcoin’in değeri 13.56 dolar iken bu rakam 1 Ocak 2014 tarihinde 806 dolar olmuştu.',
    ],
    expect: [p('13.56 dolar', 13.56), p('806 dolar', 806)],
  },
];
