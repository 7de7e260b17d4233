import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.autowereld.com/nieuws/autonieuws/id/30540/tesla-maakt-2637-procent-meer-winst-door-de-verkoop-van-bitcoin',
    lang: 'nl',
    tags: ['prose'],
    title: 'Tesla maakt 2637 procent meer winst door de verkoop van bitcoin',
    blocks: [
      "Sterker nog: kijken we alleen naar de verkoop van auto's, dan heeft Tesla verlies gedraaid. Van de 438 miljoen dollar nettowinst komt 518 miljoen dollar uit emissiecredits en 101 miljoen dollar uit de verkoop van bitcoin. De omzet was het afgelopen kwartaal iets meer dan 10 miljard dollar; in de eerste drie maanden van 2020 was dat nog 6 miljard dollar.",
      'Tesla kocht voor 1,5 miljard dollar aan bitcoin',
      'Tesla verdiende de afgelopen drie maanden dus 101 miljoen dollar met de verkoop van bitcoin. Het bedrijf kocht begin dit jaar voor 1,5 miljard dollar aan bitcoin en verkocht daar onlangs alweer 10 procent van.',
    ],
    expect: [
      o('438 miljoen dollar', 438e6),
      o('518 miljoen dollar', 518e6),
      o('101 miljoen dollar', 101e6),
      o('10 miljard dollar', 10e9),
      o('6 miljard dollar', 6e9),
      o('1,5 miljard dollar', 1.5e9),
      o('101 miljoen dollar', 101e6),
      o('1,5 miljard dollar', 1.5e9),
    ],
  },
];
