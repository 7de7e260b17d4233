import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.etikhaber.com/ekonomi/bitcoin-den-bir-gunde-iki-rekor-h227734.html',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title: "Bitcoin'den bir günde iki rekor",
    blocks: [
      'WASHINGTON (AA) - Sanal para Bitcoin, 12 bin doları gördükten sonra 24 saat dolmadan 13 bin doları da geçerek bir günde iki rekor kırdı.',
      "Bitcoin bugün TSİ 06.00 civarında 12 bin doları aştı ve yükselişini sürdürerek 21.40'ta 13 bin doların üzerine çıktı.",
      "Bitcoin'in toplam piyasa değeri 223 milyar dolarla McDonald’s, Boeing, Goldman Sachs ve Disney gibi devleri geride bırakıyor.",
      'Birkaç yıl öncesine kadar bin doların altında işlem gören Bitcoin, kimi zaman birkaç günde yüzde 60’a yakın değer kaybetti.',
      'Bazı yatırımcılar sanal paranın 2018 sonunda 40 bin dolara ulaşacağını savunuyor.',
    ],
    expect: [
      p('12 bin doları', 12000),
      p('13 bin doları', 13000),
      p('12 bin doları', 12000),
      p('13 bin doların', 13000),
      o('223 milyar dolarla', 223e9),
      p('bin doların', 1000),
      p('40 bin dolara', 40000),
    ],
  },
];
