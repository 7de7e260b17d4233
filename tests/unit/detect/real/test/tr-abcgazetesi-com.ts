import { o, type RealCase } from '../labels';

// Turkish news on GPU miners: only an industry investment total, repeated, no coin price.
export const cases: RealCase[] = [
  {
    url: 'https://abcgazetesi.com/service/amp/ethereum-kazimi-simdilerde-kendi-maliyetlerini-bile-cikaramaz-oldu-435459',
    lang: 'tr',
    tags: ['prose', 'format'],
    blocks: [
      'Mining yani kripto para madenciliği yapmak isteyen kişiler için en büyük maliyeti ekran kartları oluşturuyor. Bunun yanında kasa, bellek, anakart, işlemci gibi donanımlar da olmazsa olmazlar arasında.',
      'Yapılan bir araştırmaya göre, ethereum madencileri son 18 ayda bu alana tam 15 milyar dolar yatırım yaptılar. Üstelik 15 milyar dolarlık yatırımın içerisinde yalnızca ana maliyet kalemi yani ekran kartları bulunuyor.',
    ],
    expect: [o('15 milyar dolar', 15000000000), o('15 milyar dolar', 15000000000)],
  },
];
