import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://yenisafak.com/ekonomi/5-gunde-yuzde-34luk-kayip-var-3068825',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'change'],
    title: "5 günde yüzde 34'lük kayıp var",
    blocks: [
      "Bitcoin 8 bin doların altına inerek son 11 haftanın en düşük seviyesini gördü. Son 5 günde yüzde 34,6 değer kaybeden Bitcoin, 18 Kasım'dan bu yana en düşük değerinde.",
      'Sanal paranın piyasa değeri de son 5 günde 20 milyar doların üzerinde eridi.',
      'Dijital paralara yönelik artan denetim baskısı yatırımcıları bu hafta satışa itti. Bitcoin, aralıkta 20.000 dolara yaklaşan zirvesinden bu yana yarıdan fazla değer kaybetti.',
    ],
    expect: [p('8 bin doların', 8000), o('20 milyar doların', 20e9), p('20.000 dolara', 20000)],
  },
];
