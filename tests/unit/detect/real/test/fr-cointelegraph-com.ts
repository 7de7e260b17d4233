import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fr.cointelegraph.com/news/strategy-continue-d-accumuler-du-bitcoin-malgre-la-chute-de-16-de-l-action-mstr',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: "Strategy continue d'accumuler du bitcoin malgré la chute de 16 % de l'action MSTR",
    blocks: [
      "Quand le premier détenteur institutionnel de bitcoin (BTC) réinjecte près d'un demi-milliard de dollars sur le marché, tout le secteur retient son souffle.",
      {
        text: 'Du 25 août à lundi dernier, Strategy a acheté 4 048 BTC pour 449,3 millions de dollars au total, selon la SEC. Le prix moyen ressort à 110 981 $ par bitcoin, sur une période où le cours a brièvement dépassé 113 000 $ avant de repasser sous les 108 000 $.',
        heading: 'Les achats massifs de bitcoins se poursuivent malgré un marché chahuté',
      },
      'Les avoirs de Strategy atteignent 636 505 unités, payées environ 46,95 milliards de dollars, soit un coût moyen de 73 765 $ par BTC.',
      'Le titre a ouvert à 339,4 $ mardi, au plus bas depuis plusieurs mois.',
    ],
    expect: [
      o('un demi-milliard de dollars', 5e8),
      o('449,3 millions de dollars', 449.3e6),
      p('110 981 $', 110981),
      p('113 000 $', 113000),
      p('108 000 $', 108000),
      o('46,95 milliards de dollars', 46.95e9),
      p('73 765 $', 73765),
      o('339,4 $', 339.4),
    ],
  },
  {
    url: 'https://fr.cointelegraph.com/news/biggest-bitcoin-etf-outflow-day-grayscale-btc-supply-july',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Plus grande journée de sorties pour les ETF Bitcoin',
    blocks: [
      'Les ETF bitcoin (BTC) au comptant américains ont vécu leur pire journée de sorties cumulées : 326 millions de dollars retirés des 10 fonds le 19 mars.',
      'Au 19 mars, le GBTC de Grayscale gérait plus de 23,7 milliards de dollars. Ce jour-là, il a perdu 443,5 millions de dollars en net.',
      "Ensemble, BlackRock, Fidelity et Bitwise ont collecté 117,3 millions de dollars. L'IBIT a mené avec 75,2 millions de dollars, le FBTC a engrangé 39,6 millions de dollars.",
      "Ces sorties sont survenues alors que le BTC chutait jusqu'à 62 400 dollars le 19 mars.",
    ],
    expect: [
      o('326 millions de dollars', 326e6),
      o('23,7 milliards de dollars', 23.7e9),
      o('443,5 millions de dollars', 443.5e6),
      o('117,3 millions de dollars', 117.3e6),
      o('75,2 millions de dollars', 75.2e6),
      o('39,6 millions de dollars', 39.6e6),
      p('62 400 dollars', 62400),
    ],
  },
];
