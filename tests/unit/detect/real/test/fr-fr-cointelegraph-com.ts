import { o, p, type RealCase } from '../labels';

// French edition of a crypto news site on a corporate treasury purchase: average purchase prices per
// coin (price) beside purchase totals in "millions/milliards de dollars" and a share price (other).
export const cases: RealCase[] = [
  {
    url: 'https://fr.cointelegraph.com/news/strategy-continue-d-accumuler-du-bitcoin-malgre-la-chute-de-16-de-l-action-mstr',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Strategy continue d’accumuler du Bitcoin malgré la chute de 16 % de l’action MSTR',
    blocks: [
      {
        text: 'Entre le 25 août et lundi, Strategy a acquis 4 048 BTC pour un total de 449,3 millions de dollars. Le prix moyen d’achat s’élève à 110 981 $ par bitcoin, alors que le cours est brièvement passé au-dessus de 113 000 $ avant de retomber sous les 108 000 $.',
        heading: 'Les achats massifs de bitcoins se poursuivent malgré un marché chahuté',
      },
      'Les avoirs totaux atteignent 636 505 unités, achetées pour environ 46,95 milliards de dollars, soit un coût moyen de 73 765 $ par BTC.',
      {
        text: 'Le titre a ouvert à 339,4 $ mardi, touchant des niveaux planchers sur plusieurs mois.',
        heading: 'Moins de BTC, plus d’inquiétudes pour les investisseurs',
      },
    ],
    expect: [
      o('449,3 millions de dollars', 449.3e6),
      p('110 981 $', 110981),
      p('113 000 $', 113000),
      p('108 000 $', 108000),
      o('46,95 milliards de dollars', 46.95e9),
      p('73 765 $', 73765),
      o('339,4 $', 339.4),
    ],
  },
];
