import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.vietnam.vn/fr/thi-truong-tien-so-hom-nay-4-12-dang-sau-cu-rung-lac-bitcoin',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Marché des cryptomonnaies du 4 décembre : derrière les secousses du Bitcoin',
    blocks: [
      "Le 4 décembre au soir, le marché des cryptomonnaies a évolué en ordre dispersé. D'après la plateforme OKX, le Bitcoin a reculé de plus de 0,5 % sur les dernières 24 heures, pour se fixer à environ 92 500 dollars.",
      "Parmi les autres cryptomonnaies, le XRP a perdu plus de 2 % à 2,10 $ ; le BNB et le Solana sont restés presque stables, à respectivement 903 $ et 141 $. L'Ethereum, lui, a gagné plus de 2 % pour atteindre 3 160 $.",
      "Selon CNBC, les fortes variations récentes du Bitcoin n'ont rien d'exceptionnel. Les données de CoinDesk montrent que ses cycles de prix ont toujours connu de fortes baisses, suivies de reprises.",
      'Fin novembre, le Bitcoin est tombé à 80 000 $, soit environ 36 % de moins que son pic de plus de 126 000 $ atteint en octobre. La semaine dernière, il était remonté à plus de 93 000 $, tout en restant 26 % sous son sommet.',
      'Le Bitcoin se négocie autour de 92 500 $. Source : OKX',
      "Depuis le 10 octobre, la vague de volatilité a entraîné la liquidation totale des positions de plus de 1,6 million d'investisseurs, pour un montant total d'environ 19,37 milliards de dollars américains.",
    ],
    expect: [
      p('92 500 dollars', 92500),
      o('2,10 $', 2.1),
      o('903 $', 903),
      o('141 $', 141),
      o('3 160 $', 3160),
      p('80 000 $', 80000),
      p('126 000 $', 126000),
      p('93 000 $', 93000),
      p('92 500 $', 92500),
      o('19,37 milliards de dollars américains', 19.37e9),
    ],
  },
];
