import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rp.pl/finanse/art9884841-bitcoin-bliski-kosztom-wydobycia',
    lang: 'pl',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Bitcoin bliski kosztom wydobycia',
    blocks: [
      'Kurs bitcoina mocno potaniał w zeszłym tygodniu i spadł nawet poniżej 8 tys. dol. (W piątek po południu za 1 bitcoina płacono 8,2 tys. dol.) Zdaniem analityków Fundstrat Global Advisors przy takim poziomie wydobywanie nowych bitcoinów w niektórych krajach odbywa się już na granicy opłacalności.',
      'Analitycy Fundstrat wyliczyli swoim modelem, że kurs, przy którym wydobywający bitcoiny wychodzi na czysto, wynosi 8038 dol. Skąd tak wysoko? Nowe bitcoiny powstają w procesie „kopania”, który wymaga czasu, mocy obliczeniowej i prądu.',
      'Eksperci Fundstrat uwzględniają więc koszty sprzętu, jego chłodzenia oraz ceny prądu, które bardzo się różnią między krajami. Przyjęli średnią cenę 6 centów za 1 Kwh. (Dla porównania: w Chinach to 4 centy lub nawet mniej za 1 Kwh.)',
    ],
    expect: [
      p('8 tys. dol.', 8000),
      p('8,2 tys. dol.', 8200),
      c('8038 dol.', 8038),
      o('6 centów', 0.06),
      o('4 centy', 0.04),
    ],
  },
];
