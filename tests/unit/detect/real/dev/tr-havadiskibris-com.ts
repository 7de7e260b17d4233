import { o, p, type RealCase } from '../labels';

// Turkish Cypriot news: dollar levels with TL equivalents in brackets, "kripto para" as the later referent.
export const cases: RealCase[] = [
  {
    url: 'https://www.havadiskibris.com/elon-musk-zirve-fiyatina-yaklasan-bitcoinin-hayalet-para-oldugunu-one-surdu/',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'forum', 'format'],
    title: "Elon Musk, zirve fiyatına yaklaşan Bitcoin'in hayalet para olduğunu öne sürdü",
    blocks: [
      'Elon Musk bir kripto para yatırım tavsiyesi isteğine Bitcoin’in hayalet para olduğunu öne sürerek yanıt verdi.',
      'Fiyatı bu sene 5 bin doların (yaklaşık 38 bin TL) altını gören Bitcoin an itibarıyla 17 bin 400 dolardan (yaklaşık 134 bin TL) işlem görüyor. Bu son meblağın, kripto paranın görmüş olduğu en yüksek değerle arasındaki fark 3 bin doların (yaklaşık 23 bin TL) altında.',
      'Değerindeki artış, kripto paraya olan ilgiyi yeniden artırınca Game of Thrones yıldızı Maisie Williams, pazartesi günü Twitter’da bir anket paylaşarak “Sizce kenara Bitcoin atmalı mıyım?” diye sordu.',
    ],
    expect: [
      p('5 bin doların', 5000),
      p('38 bin TL', 38000, 'TRY'),
      p('17 bin 400 dolardan', 17400),
      p('134 bin TL', 134000, 'TRY'),
      o('3 bin doların', 3000),
      o('23 bin TL', 23000, 'TRY'),
    ],
  },
];
