import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.com/fr/square/post/12-04-2024-microstrategy-acquires-significant-bitcoin-holdings-in-november-17114844742953',
    lang: 'fr',
    tags: ['forum', 'prose', 'format'],
    blocks: [
      "D'après Odaily, Michael Saylor a annoncé sur X que MicroStrategy avait levé 13,5 milliards de dollars en novembre, de quoi acheter 149 880 bitcoins à un prix d'environ 90 231 dollars par bitcoin.",
      'Avec un Bitcoin à 96 000 $, les avoirs vaudraient au total 9,4 milliards de dollars, soit 312 millions de dollars de valeur en plus chaque jour.',
    ],
    expect: [
      o('13,5 milliards de dollars', 13.5e9),
      p('90 231 dollars', 90231),
      p('96 000 $', 96000),
      o('9,4 milliards de dollars', 9.4e9),
      o('312 millions de dollars', 312e6),
    ],
  },
  {
    url: 'https://binance.com/fr/square/post/18470547202001',
    lang: 'fr',
    tags: ['forum', 'prose', 'anaphora'],
    blocks: [
      "Jeudi 2 janvier, les investisseurs ont retiré en net 333 millions de dollars de l'iShares Bitcoin Trust ETF (IBIT) de BlackRock, un record depuis son lancement.",
      "Premier fonds Bitcoin au comptant, avec plus de 53 milliards de dollars d'actifs et près de 37 milliards de dollars de collecte, l'IBIT a aidé le plus grand actif numérique à toucher un record de 108 315 dollars à la mi-décembre.",
      'Depuis le 19 décembre, les sorties nettes des ETF Bitcoin américains avoisinent 2 milliards de dollars, selon Bloomberg.',
      'Vendredi matin, le prix du Bitcoin à Londres était de 96 421 dollars, environ 11 % sous son record.',
    ],
    expect: [
      o('333 millions de dollars', 333e6),
      o('53 milliards de dollars', 53e9),
      o('37 milliards de dollars', 37e9),
      p('108 315 dollars', 108315),
      o('2 milliards de dollars', 2e9),
      p('96 421 dollars', 96421),
    ],
  },
  {
    url: 'https://binance.com/fr/square/post/17670560128865',
    lang: 'fr',
    tags: ['forum', 'anaphora'],
    blocks: [
      "Depuis son lancement en 2009, le prix du Bitcoin a énormément varié. L'adoption a d'abord été lente, le BTC s'échangeant pour quelques centimes. Il a ensuite dépassé les 69 000 $ en 2021, en plein marché haussier.",
    ],
    expect: [p('69 000 $', 69000)],
  },
];
