import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kryptoporadnik.pl/bitcoin-jest-wart-500-mld-dolarow-tyle-co-firma-stojaca-za-facebookiem/',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin jest wart 500 mld dolarów, tyle co firma stojąca za Facebookiem',
    blocks: [
      'Bitcoin jest wart 500 mld dolarów, tyle co firma stojąca za Facebookiem',
      'Bitcoin znów wart jest 500 mld dolarów. Gdy w ostatnich dniach cena największej kryptowaluty gwałtownie wzrosła, jej kapitalizacja rynkowa ponownie przekroczyła pół biliona dolarów.',
      'Kapitalizację rynkową można obliczyć, mnożąc wszystkie monety w obiegu przez aktualną cenę. Dziś jest to 19,31 mln BTC przy cenie spot wynoszącej powiedzmy 26 tys. dolarów. To sprawia, że wszystkie obecnie istniejące bitcoiny są warte łącznie nieco ponad 500 miliardów dolarów.',
      'Jest to pierwszy raz od lipca 2022 roku, kiedy bitcoin osiągnął ten kamień milowy. Wraz z tym wzrostem, pozostawia on również w tyle Metę, firmę znaną wcześniej jako Facebook. Spółka technologiczna Marka Zuckerberga jest warta nieco poniżej 500 miliardów dolarów.',
    ],
    expect: [
      o('500 mld dolarów', 5e11),
      o('500 mld dolarów', 5e11),
      o('pół biliona dolarów', 5e11),
      p('26 tys. dolarów', 26000),
      o('500 miliardów dolarów', 5e11),
      o('500 miliardów dolarów', 5e11),
    ],
  },
  {
    url: 'https://www.kryptoporadnik.pl/bitcoin-jest-wart-500-mld-dolarow-tyle-co-firma-stojaca-za-facebookiem/',
    lang: 'pl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin jest wart 500 mld dolarów, tyle co firma stojąca za Facebookiem',
    blocks: [
      'Następna na liście (od AssetDash) jest Tesla. Firma Elona Muska ma wartość rynkową 540 miliardów dolarów. Po producencie chipów NVIDIA z 590 miliardami dolarów, w pierwszej czwórce największych firm jest ziejąca przepaść.',
      'Pozycję czwartą zajmuje Amazon z kapitalizacją rynkową wynoszącą 972 miliardy dolarów. Bitcoin musiałby zatem wrócić w kierunku 50 000 dolarów, aby szturmować podium. Poza Amazonem, największymi gigantami są także Apple, Microsoft i Google (Alphabet).',
      {
        heading: 'Towary vs BTC',
        text: 'Jeśli chodzi o towary, bitcoin wciąż znajduje się daleko od srebra i złota. Wartość całego srebra została oszacowana na 1200 miliardów dolarów, podczas gdy złoto jest nadal 10x większe od srebra, według companiesmarketcap.',
      },
      {
        heading: 'Towary vs BTC',
        text: 'Chociaż bitcoin wzrósł w ostatnich dniach o 35% do szczytowej ceny 26 500 dolarów, to nadal znajduje się 62% poniżej swojej rekordowej ceny z listopada 2021 roku. All-time high przez ostatnie półtora roku wynosi około 69 000 dolarów.',
      },
    ],
    expect: [
      o('540 miliardów dolarów', 5.4e11),
      o('590 miliardami dolarów', 5.9e11),
      o('972 miliardy dolarów', 9.72e11),
      p('50 000 dolarów', 50000),
      o('1200 miliardów dolarów', 1.2e12),
      p('26 500 dolarów', 26500),
      p('69 000 dolarów', 69000),
    ],
  },
];
