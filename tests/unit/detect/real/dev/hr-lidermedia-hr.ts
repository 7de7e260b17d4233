import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lidermedia.hr/kripto/trgovci-bitcoinom-pesimisticni-nakon-sto-je-bitcoin-pao-za-50-posto/',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Trgovci bitcoinom pesimistični nakon što je bitcoin pao za 50 posto',
    blocks: [
      'Bitcoin je pao ispod 63 tisuće dolara, što je više od 50 posto ispod njegova listopadskog vrhunca, a trgovci predviđaju daljnji pad',
      'Raspoloženje prema bitcoinu na tržištima predviđanja se pogoršalo jer je cijena najveće kriptovalute u utorak pala ispod 63 tisuće dolara i tako nakratko bila više od 50 posto ispod svog povijesnog maksimuma.',
      'Korisnici prediktivnih platformi sada procjenjuju oko 71 postotnu vjerojatnost da bitcoin padne na 55.000 dolara prije nego što se uspije vratiti na 84 tisuće dolara.',
      'Bitcoin je u posljednjem mjesecu izgubio 28 posto i trenutno je za 50 posto niži od rekordne cijene od 126.080 dolara koju je dosegao početkom listopada.',
    ],
    expect: [
      p('63 tisuće dolara', 63000),
      p('63 tisuće dolara', 63000),
      p('55.000 dolara', 55000),
      p('84 tisuće dolara', 84000),
      p('126.080 dolara', 126080),
    ],
  },
  {
    url: 'https://lidermedia.hr/kripto/cijena-bitcoina-pala-ispod-prosjecne-kupovne-cijene-strategyja/',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Cijena bitcoina pala ispod prosječne kupovne cijene Strategyja',
    blocks: [
      'Ulaganje tvrtke Strategy u bitcoin prvi put u nekoliko godina pokazalo je gubitak na papiru, jer je najveća kriptovaluta u nedjelju pala ispod prosječne kupovne cijene tvrtke.',
      'Budući da bitcoin trguje iznad 78 tisuća dolara, pozicija Strategyja od 56 milijardi dolara u ponedjeljak je ponovno postala pozitivna. Tvrtka je od 2020. godine gomilala zalihe po prosječnoj cijeni od oko 76.000 dolara po bitcoinu, navodi se u priopćenju.',
      'Dionice Strategyja oporavile su se od dijela gubitaka kad su se otvorila američka tržišta, ali su i dalje bile gotovo 2 posto niže od petkova zatvaranja na nešto manje od 147 dolara.',
      'Bitcoin je u nedjelju pao na 74.500 dolara, najnižu razinu otkako je Donald Trump ponovno izabran prije 14 mjeseci. Cijena dionica Strategyja tada je u sljedećim tjednima porasla na 543 dolara, ali je od tada pala za 74 posto.',
      'Kad je Strategyjeva investicija posljednji put bila u gubitku, u listopadu 2023., tvrtka je držala bitcoin vrijedan oko 5,3 milijarde dolara, kupljen po prosječnoj cijeni od 30.252 dolara. Od tada je na bitcoin potrošila 49 milijardi dolara.',
      'Strategy je prošlog tjedna kupio otprilike 900 bitcoina po prosječnoj cijeni od oko 88.000 dolara, financirano izdavanjem običnih dionica.',
    ],
    expect: [
      p('78 tisuća dolara', 78000),
      o('56 milijardi dolara', 56e9),
      p('76.000 dolara', 76000),
      o('147 dolara', 147),
      p('74.500 dolara', 74500),
      o('543 dolara', 543),
      o('5,3 milijarde dolara', 5.3e9),
      p('30.252 dolara', 30252),
      o('49 milijardi dolara', 49e9),
      p('88.000 dolara', 88000),
    ],
  },
];
