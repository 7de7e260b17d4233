import { o, p, type RealCase } from '../labels';

const url1 =
  'https://net-news-global.net/le-pari-bitcoin-del-salvador-est-mauvais-37-millions-de-dollars-dans-le-trou';
const title1 = 'Le pari Bitcoin du Salvador est mauvais : 37 millions de dollars dans le trou';
const url2 =
  'https://net-news-global.net/apres-avoir-perdu-60-millions-de-dollars-en-bitcoin-le-president-du-salvador-en-achete-plus/';
const title2 = 'Après avoir perdu 60 millions de dollars en Bitcoin, le président du Salvador en achète plus';

export const cases: RealCase[] = [
  {
    url: url1,
    lang: 'fr',
    tags: ['prose', 'change'],
    title: title1,
    blocks: [
      'Le pari Bitcoin du Salvador ne semble pas payant. La valeur des 2 301 Bitcoin achetés par le pays a chuté de 37 millions de dollars, le prix du Bitcoin tombant à son plus bas depuis décembre 2020.',
      'Le président Nayib Bukele a dépensé au total 103 millions de dollars en Bitcoin, selon Bloomberg. Le trésor Bitcoin du Salvador vaut actuellement 65,6 millions de dollars.',
    ],
    expect: [
      o('37 millions de dollars', 37e6),
      o('103 millions de dollars', 103e6),
      o('65,6 millions de dollars', 65.6e6),
    ],
  },
  {
    url: url1,
    lang: 'fr',
    tags: ['prose', 'format'],
    title: title1,
    blocks: [
      'Le 9 mai, Bukele a annoncé l’achat de 500 BTC supplémentaires. Cet achat, qui valait environ 15,3 millions de dollars à l’époque, vaut maintenant environ 14,1 millions de dollars.',
      'Depuis son sommet historique de 68 789 $ par pièce en novembre 2021, Bitcoin a perdu 58,89 % de sa valeur et se négocie à 28 404,66 $, selon CoinMarketCap.',
    ],
    expect: [
      o('15,3 millions de dollars', 15.3e6),
      o('14,1 millions de dollars', 14.1e6),
      p('68 789 $', 68789),
      p('28 404,66 $', 28404.66),
    ],
  },
  {
    url: url2,
    lang: 'fr',
    tags: ['prose', 'forum'],
    title: title2,
    blocks: [
      'Bukele a annoncé hier soir avoir dépensé 1,5 million de dollars supplémentaires pour acheter 80 BTC à 19 000 dollars par pièce.',
      '« El Salvador a acheté aujourd’hui 80 BTC à 19 000 dollars chacun », a tweeté le président.',
    ],
    expect: [o('1,5 million de dollars', 1.5e6), p('19 000 dollars', 19000), p('19 000 dollars', 19000)],
  },
  {
    url: url2,
    lang: 'fr',
    tags: ['prose', 'change'],
    title: title2,
    blocks: [
      'Avant cette annonce, Bukele avait investi environ 104 millions de dollars pour acheter 2 301 BTC au prix moyen de 45 171 dollars. Hier, lorsque Bitcoin est tombé à 19 000 dollars, la réserve valait 43 719 000 dollars, soit une perte d’environ 60,2 millions de dollars.',
      'Avec ce dernier achat, le prix moyen passe de 45 171 $ à 44 219 $. Bitcoin devrait donc grimper à 44 219 dollars pour que le pays récupère sa mise.',
    ],
    expect: [
      o('104 millions de dollars', 104e6),
      p('45 171 dollars', 45171),
      p('19 000 dollars', 19000),
      o('43 719 000 dollars', 43719000),
      o('60,2 millions de dollars', 60.2e6),
      p('45 171 $', 45171),
      p('44 219 $', 44219),
      p('44 219 dollars', 44219),
    ],
  },
  {
    url: url2,
    lang: 'fr',
    tags: ['prose', 'format'],
    title: title2,
    blocks: [
      'Michael Saylor, PDG de MicroStrategy, a récemment annoncé un nouvel achat de Bitcoin de 10 millions de dollars, portant la trésorerie à 129 699 BTC à un prix moyen de 30 664 $. Cela représente environ 1,3 milliard de dollars de pertes latentes.',
    ],
    expect: [o('10 millions de dollars', 10e6), p('30 664 $', 30664), o('1,3 milliard de dollars', 1.3e9)],
  },
];
