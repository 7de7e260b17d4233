import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://detaykibris.com/service/amp/kripto-paralarda-buyuk-deprem-bir-haftada-700-milyar-dolar-buharlasti-256293h.htm',
    lang: 'tr',
    tags: ['prose', 'format', 'change'],
    title: 'Kripto paralarda büyük deprem: Bir haftada 700 milyar dolar buharlaştı',
    blocks: [
      'Kripto paralarda büyük deprem: Bir haftada 700 milyar dolar buharlaştı',
      "Geçen ay 65 bin dolara yaklaşan Bitcoin'de bugün 32 bin dolar seviyesi görüldü. Kripto paraların değeri 8 günde yaklaşık 700 milyar dolarlık düşüş kaydetti.",
      "Günlük kayıp Bitcoin'de yüzde 20'yi, Ethereum'da yüzde 30'u, Dogecoin ve Ripple'da yüzde 40'ı geçti.",
    ],
    expect: [
      o('700 milyar dolar', 700e9),
      p('65 bin dolara', 65000),
      p('32 bin dolar', 32000),
      o('700 milyar dolarlık', 700e9),
    ],
  },
];
